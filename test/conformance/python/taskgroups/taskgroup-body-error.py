# An exception in the async with body cancels the group's tasks too (3.11+).
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled because the body failed")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise KeyError("body failed")
    except* KeyError as group:
        print("caught", group.exceptions)


asyncio.run(main())
