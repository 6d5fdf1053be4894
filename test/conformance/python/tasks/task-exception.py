# A task that raised keeps its exception: exception() returns it, result() and await raise it.
import asyncio


async def broken():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    task = asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    print("done:", task.done())
    print("exception():", repr(task.exception()))
    try:
        task.result()
    except KeyError as error:
        print("result() raised", repr(error))
    try:
        await task
    except KeyError as error:
        print("await raised", repr(error))


asyncio.run(main())
