# requires-python: 3.11 — asyncio.TaskGroup is new in 3.11
# One task is left to cancel: with several, CPython cancels them in the order of a set of tasks (by memory address).
import asyncio


async def ok(n):
    try:
        await asyncio.sleep(n)
        print("ok", n)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise


async def boom():
    await asyncio.sleep(0.05)
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(ok(0.01))
            group.create_task(boom())
            group.create_task(ok(1))
    except* ValueError as errors:
        print("caught", [str(e) for e in errors.exceptions])


asyncio.run(main())
