# requires-python: 3.13 — as_completed() is an async iterator yielding the original tasks since 3.13
# Since 3.13, async for over as_completed() yields the tasks themselves as they finish.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d), name=f"job-{d}") for d in (0.3, 0.1, 0.2)]
    async for task in asyncio.as_completed(tasks):
        print(task.get_name(), "->", task.result(), "is one of ours:", task in tasks)


asyncio.run(main())
