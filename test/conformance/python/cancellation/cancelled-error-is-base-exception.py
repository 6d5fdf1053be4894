# CancelledError is a BaseException: "except Exception" does not swallow a cancellation.
import asyncio


async def careful():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never: CancelledError is not an Exception")
    return "finished"


async def main():
    print("subclass of Exception:", issubclass(asyncio.CancelledError, Exception))
    print("subclass of BaseException:", issubclass(asyncio.CancelledError, BaseException))
    task = asyncio.create_task(careful())
    await asyncio.sleep(0.1)
    task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print("gather collected:", type(results[0]).__name__)


asyncio.run(main())
