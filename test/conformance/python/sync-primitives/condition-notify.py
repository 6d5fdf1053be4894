# A Condition lets consumers sleep until a producer notifies them.
import asyncio

items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "got", items.pop(0))


async def producer(cond):
    for item in ("apple", "pear", "plum"):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(item)
            print("produced", item)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(*(consumer(cond, f"c{i}") for i in range(3)), producer(cond))


asyncio.run(main())
