# Async comprehensions: async for inside a comprehension, and await inside one.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0.01)
    return 2 * x


async def main():
    print([i async for i in numbers(5)])
    print([i async for i in numbers(10) if i % 3 == 0])
    print([await double(i) for i in range(4)])
    print({i: await double(i) async for i in numbers(3)})


asyncio.run(main())
