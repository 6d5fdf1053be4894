# Task.cancelling() counts pending cancel requests; uncancel() takes one back (3.11+).
import asyncio


async def worker():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelling() inside:", task.cancelling())
        print("uncancel() ->", task.uncancel())
    await asyncio.sleep(0.1)
    return "recovered"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    task.cancel()
    print("after two cancel():", task.cancelling())
    print(await task)


asyncio.run(main())
