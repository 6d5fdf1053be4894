# current_task() tells each coroutine which task runs it: awaiting a coroutine runs it in the caller's task.
import asyncio


async def report(tag):
    task = asyncio.current_task()
    print(tag, "runs in", task.get_name())
    await asyncio.sleep(0)


async def main():
    await report("awaited directly")
    await asyncio.gather(report("gathered 1"), report("gathered 2"))
    await asyncio.create_task(report("own task"), name="helper")


asyncio.run(main())
