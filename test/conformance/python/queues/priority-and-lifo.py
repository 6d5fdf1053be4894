# PriorityQueue hands out the smallest item first; LifoQueue the newest.
import asyncio


async def drain(queue):
    out = []
    while not queue.empty():
        out.append(await queue.get())
    return out


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal")]:
        await pq.put(item)
    print("priority:", await drain(pq))
    lifo = asyncio.LifoQueue()
    for item in "abc":
        lifo.put_nowait(item)
    print("lifo:", await drain(lifo))


asyncio.run(main())
