# as_completed yields awaitables in the order they finish.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    jobs = [job("c", 0.3), job("a", 0.1), job("b", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        name = await next_done
        print(name, "at", round(loop.time() - start, 1))


asyncio.run(main())
