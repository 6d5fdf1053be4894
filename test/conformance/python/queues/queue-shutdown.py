# requires-python: 3.13 — Queue.shutdown() and QueueShutDown are new in 3.13
# Queue.shutdown() stops producers and, once drained, consumers (3.13+).
import asyncio


async def consumer(queue):
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print("consumer: queue shut down")
            return
        print("consumer got", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(queue))
    for n in range(3):
        await queue.put(n)
    queue.shutdown()
    try:
        await queue.put(99)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    await task


asyncio.run(main())
