# ensure_future wraps a coroutine in a Task and returns a Future unchanged.
import asyncio


async def work():
    return "worked"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(work())
    print("coroutine became:", type(task).__name__, isinstance(task, asyncio.Task))
    future = loop.create_future()
    print("future returned as is:", asyncio.ensure_future(future) is future)
    loop.call_soon(future.set_result, "set")
    print(await task, await future)


asyncio.run(main())
