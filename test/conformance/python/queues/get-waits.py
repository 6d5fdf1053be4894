# get() on an empty queue waits until an item arrives; waiting getters are served in order.
import asyncio


async def getter(queue, name):
    item = await queue.get()
    print(name, "got", item)


async def main():
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(getter(queue, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    print("queue empty:", queue.empty())
    for item in ("x", "y", "z"):
        queue.put_nowait(item)
    await asyncio.gather(*tasks)


asyncio.run(main())
