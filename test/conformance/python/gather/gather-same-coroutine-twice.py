# The same awaitable passed twice to gather runs once; its result appears twice.
import asyncio

calls = 0


async def once():
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    return "shared"


async def main():
    task = asyncio.ensure_future(once())
    print(await asyncio.gather(task, task, once()))
    print("calls:", calls)


asyncio.run(main())
