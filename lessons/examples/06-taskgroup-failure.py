# {"title": "TaskGroup: one fails, the rest are cancelled", "teaser": "Three tasks in a TaskGroup, and one raises. What happens to the slow one still sleeping?", "tags": ["errors", "cancellation", "concurrency"]}
# What to notice: when a task in the group raises, the group cancels its siblings that are still
# running (their finally blocks run), waits for them, and then raises an ExceptionGroup holding
# the error. The task that had already finished keeps its result.
import asyncio


async def quick():
    await asyncio.sleep(0.01)
    print("quick: finished")
    return "quick result"


async def broken():
    await asyncio.sleep(0.03)
    print("broken: raising")
    raise ValueError("bad data")


async def slow():
    try:
        await asyncio.sleep(1)
        print("slow: finished")  # never printed
    except asyncio.CancelledError:
        print("slow: cancelled while sleeping")
        raise
    finally:
        print("slow: finally runs")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            first = group.create_task(quick())
            group.create_task(broken())
            group.create_task(slow())
            print("main: three tasks started")
    except* ValueError as errors:
        print("main: caught", repr(errors.exceptions[0]))
    print("main: quick's result is still there:", first.result())


asyncio.run(main())
