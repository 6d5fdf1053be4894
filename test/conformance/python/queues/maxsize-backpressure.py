# A bounded Queue makes a fast producer wait for a slow consumer.
import asyncio


async def producer(queue):
    loop = asyncio.get_running_loop()
    for n in range(5):
        await queue.put(n)
        print(f"t={loop.time() - start:.1f} put {n} (size {queue.qsize()}, full {queue.full()})")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.1)
        print("got", item)


async def main():
    global start
    start = asyncio.get_running_loop().time()
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
