# Several producers and consumers share one queue; join() waits for everything put so far.
import asyncio


async def producer(queue, name, count, pace):
    for n in range(count):
        await asyncio.sleep(pace)
        await queue.put(f"{name}{n}")


async def consumer(queue, seen):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.01)
        seen.append(item)
        queue.task_done()


async def main():
    queue, seen = asyncio.Queue(maxsize=3), []
    consumers = [asyncio.create_task(consumer(queue, seen)) for _ in range(2)]
    await asyncio.gather(producer(queue, "a", 4, 0.03), producer(queue, "b", 3, 0.05))
    await queue.join()
    for c in consumers:
        c.cancel()
    print(len(seen), "items:", sorted(seen))
    print("a's items in order:", [s for s in seen if s.startswith("a")])


asyncio.run(main())
