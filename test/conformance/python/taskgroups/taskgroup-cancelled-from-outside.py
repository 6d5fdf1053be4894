# Cancelling the task that holds a TaskGroup cancels the group's tasks; it ends cancelled (3.11+).
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    finally:
        print("child cleaned up")


async def holder():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        print("group running")
    print("never reached")


async def main():
    task = asyncio.create_task(holder())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("holder cancelled:", task.cancelled())


asyncio.run(main())
