# The TaskGroup waits for all its tasks when the block ends; results are then ready (3.11+).
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return f"<{name}>"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(fetch("a", 0.2))
        b = tg.create_task(fetch("b", 0.1))
        print("tasks created inside the block")
    print("after the block:", a.result(), b.result())


asyncio.run(main())
