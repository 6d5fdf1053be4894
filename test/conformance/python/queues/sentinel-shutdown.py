# A None sentinel per consumer tells each one to stop.
import asyncio


async def producer(queue, consumers):
    for n in range(6):
        await queue.put(n)
        await asyncio.sleep(0.02)
    for _ in range(consumers):
        await queue.put(None)


async def consumer(name, queue):
    handled = []
    while True:
        item = await queue.get()
        if item is None:
            break
        handled.append(item)
        await asyncio.sleep(0.05)
    print(name, "stopping after", handled)
    return len(handled)


async def main():
    queue = asyncio.Queue()
    counts = await asyncio.gather(producer(queue, 2), consumer("c1", queue), consumer("c2", queue))
    print("handled per consumer:", counts[1:])


asyncio.run(main())
