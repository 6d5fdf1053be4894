# contextlib.asynccontextmanager turns an async generator into an async context manager.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        print(label, "took", round(loop.time() - start, 1), "s")


async def main():
    async with timed("one sleep"):
        await asyncio.sleep(0.2)
    async with timed("two in parallel"):
        await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.3))


asyncio.run(main())
