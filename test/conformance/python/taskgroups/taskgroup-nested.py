# A failure in an inner TaskGroup arrives at the outer one as a nested ExceptionGroup (3.11+).
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise OSError("disk full")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as group:
        print(repr(group))
        print("nested:", repr(group.exceptions[0]))
        print("leaf:", repr(group.exceptions[0].exceptions[0]))


asyncio.run(main())
