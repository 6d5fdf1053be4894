# An uncaught ExceptionGroup from a TaskGroup: traceback on stderr, exit code 1 (3.11+).
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    print("starting the group")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))


asyncio.run(main())
