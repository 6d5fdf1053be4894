# Cancelling a gather cancels every child that has not finished.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(n * 0.1)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    group = asyncio.gather(child(1), child(3), child(5))
    await asyncio.sleep(0.2)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather was cancelled")


asyncio.run(main())
