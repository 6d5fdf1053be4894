# The anext() built-in reads one item; with a default it does not raise at the end.
import asyncio


async def two():
    yield "first"
    yield "second"


async def main():
    gen = two()
    print(await anext(gen))
    print(await anext(gen))
    print(await anext(gen, "no more"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
