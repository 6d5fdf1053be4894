# wait_for gives up after the timeout: it cancels the awaitable and raises TimeoutError.
import asyncio


async def slow_operation():
    try:
        await asyncio.sleep(1)
        return "done"
    except asyncio.CancelledError:
        print("slow_operation was cancelled by wait_for")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.2)
    except TimeoutError:
        print("timed out after", round(loop.time() - start, 1), "s")
    print("fast enough:", await asyncio.wait_for(asyncio.sleep(0.1, result="ok"), timeout=0.5))


asyncio.run(main())
