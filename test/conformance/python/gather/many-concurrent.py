# A thousand concurrent sleeps take as long as the longest one.
import asyncio


async def sleeper(i):
    await asyncio.sleep(0.1 + (i % 10) * 0.01)
    return i


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(sleeper(i) for i in range(1000)))
    print(len(results), "results, sum", sum(results))
    print("took about", round(loop.time() - start, 1), "s")


asyncio.run(main())
