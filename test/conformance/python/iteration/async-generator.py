# An async generator yields values with awaits in between; async for drives it.
import asyncio


async def ticks(count, interval):
    for n in range(count):
        await asyncio.sleep(interval)
        yield n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for n in ticks(3, 0.1):
        print("tick", n, "at", round(loop.time() - start, 1))


asyncio.run(main())
