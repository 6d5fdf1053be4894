# create_task schedules the coroutine's first step; it starts when main yields to the loop.
import asyncio


async def job(name):
    print(f"{name} started")
    await asyncio.sleep(0.1)
    print(f"{name} finished")


async def main():
    task = asyncio.create_task(job("job"))
    print("task created, not started yet")
    await asyncio.sleep(0)
    print("main resumed after one yield")
    await task
    print("main done")


asyncio.run(main())
