# task.cancel() throws CancelledError into the task at its current await.
import asyncio


async def long_job():
    print("long job starts")
    await asyncio.sleep(10)
    print("never printed")


async def main():
    task = asyncio.create_task(long_job())
    await asyncio.sleep(0.1)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print("cancelled?", task.cancelled(), "done?", task.done())


asyncio.run(main())
