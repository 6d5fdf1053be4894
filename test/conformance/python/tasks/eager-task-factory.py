# requires-python: 3.12 — asyncio.eager_task_factory is new in 3.12
# With the eager task factory, create_task runs the coroutine at once, up to its first suspension.
import asyncio


async def job(n):
    print("job", n, "starts in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("job", n, "ends")
    return n


async def quick():
    return "finished without suspending"


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    first = asyncio.create_task(job(1))
    print("after create_task: done =", first.done())
    second = asyncio.create_task(job(2))
    instant = asyncio.create_task(quick())
    print("a task that never suspends is done at once:", instant.done(), instant.result())
    print(await first, await second)


asyncio.run(main())
