# gather() of nothing is an empty list; gathers nest, each returning its own list.
import asyncio


async def square(x):
    await asyncio.sleep(0.01 * x)
    return x * x


async def main():
    print("empty:", await asyncio.gather())
    inner_a = asyncio.gather(square(1), square(2))
    inner_b = asyncio.gather(square(3), square(4))
    print("nested:", await asyncio.gather(inner_a, inner_b))
    print("mixed:", await asyncio.gather(square(5), asyncio.create_task(square(6))))


asyncio.run(main())
