# A task in the group can add more tasks to it; the block waits for them all (3.11+).
import asyncio


async def crawl(tg, page, depth):
    await asyncio.sleep(0.1)
    print("  " * depth + page)
    if depth < 2:
        for n in range(2):
            tg.create_task(crawl(tg, f"{page}/{n}", depth + 1))


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "root", 0))
    print("crawled in", round(loop.time() - start, 1), "s")


asyncio.run(main())
