# time.sleep inside coroutines runs them one after another; asyncio.sleep overlaps them.
import asyncio
import time


async def blocking(n):
    time.sleep(0.1)
    return n


async def cooperative(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    for worker in (blocking, cooperative):
        start = loop.time()
        await asyncio.gather(*(worker(n) for n in range(3)))
        print(worker.__name__, "x3 took", round(loop.time() - start, 1), "s")


asyncio.run(main())
