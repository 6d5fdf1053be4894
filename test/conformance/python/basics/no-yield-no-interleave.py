# Without an await that suspends, a coroutine runs to its end before any other task.
import asyncio


async def worker(name):
    for i in range(3):
        print(f"{name} step {i}")


async def main():
    await asyncio.gather(worker("A"), worker("B"))
    print("awaiting a coroutine that never suspends does not yield either:")
    t = asyncio.create_task(worker("background"))
    await worker("inline")
    print("inline done; background has not started:", not t.done())
    await t


asyncio.run(main())
