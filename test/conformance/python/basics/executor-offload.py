import asyncio
import time


def crunch(n):
    time.sleep(0.2)
    return n * n


async def heartbeat():
    for i in range(4):
        print("heartbeat", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    result, _ = await asyncio.gather(loop.run_in_executor(None, crunch, 7), heartbeat())
    print("result", result)
    print("to_thread", await asyncio.to_thread(crunch, 3))


asyncio.run(main())
