# A task wraps a coroutine: get_coro() returns it, and its name is the async function's.
import asyncio


async def download(url):
    await asyncio.sleep(0.01)
    return len(url)


async def main():
    task = asyncio.create_task(download("https://example.org"))
    coro = task.get_coro()
    print("coroutine of", coro.__qualname__, "- the task's:", task.get_coro() is coro)
    print("result:", await task)
    print("task is a Future:", isinstance(task, asyncio.Future))


asyncio.run(main())
