# cancel(msg) passes a message along with the CancelledError.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as error:
        print("worker sees:", error.args)
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as error:
        print("main sees:", error.args)


asyncio.run(main())
