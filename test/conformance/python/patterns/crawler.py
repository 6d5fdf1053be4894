# A crawler over a simulated site: breadth-first, at most 2 fetches at a time, each page once.
import asyncio

SITE = {
    "/": ["/about", "/blog"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/team": [],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/"],
}


async def fetch(url):
    await asyncio.sleep(0.1)
    return SITE[url]


async def crawl(start, limit=2):
    seen, order = {start}, []
    sem = asyncio.Semaphore(limit)
    frontier = [start]

    async def visit(url):
        async with sem:
            links = await fetch(url)
        order.append(url)
        return links

    while frontier:
        found = await asyncio.gather(*(visit(u) for u in frontier))
        frontier = [l for links in found for l in links if l not in seen and not seen.add(l)]
    return order


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await crawl("/"))
    print("crawled in", round(loop.time() - start, 1), "s")


asyncio.run(main())
