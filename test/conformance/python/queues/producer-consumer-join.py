# Queue producer/consumer: join() waits until task_done() was called for every item.
import asyncio


async def producer(queue):
    for n in range(5):
        await queue.put(n)
        print("put", n)
        await asyncio.sleep(0.05)


async def consumer(queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.1)
        print("processed", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    worker = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()
    print("all items processed; unfinished:", queue.qsize())
    worker.cancel()


asyncio.run(main())
