# asyncio.to_thread runs a blocking function in a worker thread; the loop keeps serving other tasks.
import asyncio
import time


def blocking_io(name, seconds):
    time.sleep(seconds)
    return f"{name} read {seconds}s worth of data"


async def spinner():
    for i in range(3):
        print("spinner", i)
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, "file", 0.22), spinner())
    print(result)
    print("took", round(loop.time() - start, 1), "s")


asyncio.run(main())
