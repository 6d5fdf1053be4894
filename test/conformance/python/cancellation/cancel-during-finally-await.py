# A second cancel that arrives while the task awaits in its finally block interrupts the cleanup.
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        try:
            await asyncio.sleep(1)
            print("cleanup finished")
        except asyncio.CancelledError:
            print("cleanup interrupted by a second cancel")
            raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await asyncio.sleep(0.1)
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("outcome:", type(results[0]).__name__)


asyncio.run(main())
