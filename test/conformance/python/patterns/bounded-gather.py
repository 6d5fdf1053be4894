# Bounded concurrency: gather many jobs but let a Semaphore admit only a few at a time.
import asyncio


async def bounded_gather(limit, coros):
    sem = asyncio.Semaphore(limit)

    async def guarded(coro):
        async with sem:
            return await coro

    return await asyncio.gather(*(guarded(c) for c in coros))


async def fetch(n):
    await asyncio.sleep(0.1)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await bounded_gather(4, [fetch(n) for n in range(10)])
    print(results)
    print("10 jobs, 4 at a time:", round(loop.time() - start, 1), "s")


asyncio.run(main())
