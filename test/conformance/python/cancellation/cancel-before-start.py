# A task cancelled before its first step never runs its body.
import asyncio


async def job():
    print("this line never runs")


async def main():
    task = asyncio.create_task(job())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before it started")
    print("cancel() on a finished task:", task.cancel())


asyncio.run(main())
