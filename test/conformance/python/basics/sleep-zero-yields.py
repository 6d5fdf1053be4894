# await asyncio.sleep(0) yields to the loop once: two tasks take turns.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 3))


asyncio.run(main())
