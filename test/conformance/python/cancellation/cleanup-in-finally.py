# A cancelled task still runs its finally block, and may await inside it.
import asyncio


async def with_resource():
    print("acquire resource")
    try:
        await asyncio.sleep(1)
    finally:
        print("cleaning up...")
        await asyncio.sleep(0.1)
        print("resource released")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(with_resource())
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled after", round(loop.time() - start, 1), "s")


asyncio.run(main())
