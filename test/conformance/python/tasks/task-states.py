# A task is pending, then done with a result; result() before that is an error.
import asyncio


async def slow():
    await asyncio.sleep(0.1)
    return "value"


async def main():
    task = asyncio.create_task(slow())
    print("done?", task.done())
    try:
        task.result()
    except asyncio.InvalidStateError:
        print("result() too early: InvalidStateError")
    await asyncio.sleep(0.2)
    print("done?", task.done(), "cancelled?", task.cancelled(), "result:", task.result())
    print("awaiting a finished task again:", await task)


asyncio.run(main())
