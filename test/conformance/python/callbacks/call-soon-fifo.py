# call_soon handles run in FIFO order on the next loop iteration; ones added meanwhile wait for the next.
import asyncio


def cb(loop, name, depth):
    print("run", name)
    if depth:
        loop.call_soon(cb, loop, name + "'", depth - 1)


async def main():
    loop = asyncio.get_running_loop()
    for name in "abc":
        loop.call_soon(cb, loop, name, 1)
    print("scheduled three")
    await asyncio.sleep(0)
    print("main after one iteration")
    await asyncio.sleep(0)
    print("main after two iterations")


asyncio.run(main())
