# wait_for(shield(task)) stops waiting at the timeout but lets the task finish.
import asyncio


async def backup():
    await asyncio.sleep(0.3)
    print("backup complete")
    return "archive.tar"


async def main():
    task = asyncio.create_task(backup())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print("stopped waiting; backup continues in the background")
    print("result later:", await task)


asyncio.run(main())
