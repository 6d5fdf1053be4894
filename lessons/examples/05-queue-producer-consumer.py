# {"title": "Producer, consumer and a full Queue", "teaser": "The producer is fast, the consumer slow, the queue holds two. Who ends up waiting for whom?", "tags": ["concurrency", "patterns", "streams"]}
# What to notice: put() on a full queue suspends the producer until get() makes room, so a fast
# producer is held to the consumer's pace (backpressure). join() waits until every item taken
# has been marked task_done(); then the consumer, idle in get(), is cancelled.
import asyncio


async def producer(queue):
    for item in range(5):
        if queue.full():
            print(f"producer: queue full, waiting to put {item}")
        await queue.put(item)
        print(f"producer: put {item} (size {queue.qsize()})")
    print("producer: all items queued")


async def consumer(queue):
    while True:
        item = await queue.get()
        print(f"  consumer: working on {item}")
        await asyncio.sleep(0.02)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    worker = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()
    print("every item processed")
    worker.cancel()


asyncio.run(main())
