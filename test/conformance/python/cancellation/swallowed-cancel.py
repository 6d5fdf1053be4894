# A task that catches CancelledError and returns is not cancelled: it finishes with a result.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught the cancellation, returning anyway")
    return "still a result"


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    task.cancel()
    result = await task
    print("result:", result, "- cancelled?", task.cancelled())


asyncio.run(main())
