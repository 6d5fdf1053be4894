# Calling an async function runs nothing: it makes a coroutine object that must be awaited.
import asyncio
import inspect


async def compute():
    print("compute runs")
    return 42


async def main():
    coro = compute()
    print("made", type(coro).__name__, "- is coroutine:", inspect.iscoroutine(coro))
    print("nothing has run yet")
    value = await coro
    print("awaited:", value)
    try:
        await coro
    except RuntimeError as error:
        print("awaiting it again:", error)


asyncio.run(main())
