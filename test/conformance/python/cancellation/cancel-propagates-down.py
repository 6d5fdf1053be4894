# Cancelling a task cancels whatever it is awaiting: here another task.
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.1)
    parent.cancel()
    await asyncio.gather(parent, return_exceptions=True)
    print("child cancelled too:", child.cancelled())


asyncio.run(main())
