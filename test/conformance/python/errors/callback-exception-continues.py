# An exception in a callback is logged (stderr) and the loop goes on with the next handle.
import asyncio


def failing():
    print("failing callback runs")
    raise RuntimeError("callback failed")


def next_one():
    print("the next callback still runs")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(failing)
    loop.call_soon(next_one)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
