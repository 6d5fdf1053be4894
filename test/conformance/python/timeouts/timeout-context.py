# asyncio.timeout() bounds a whole block; the block's awaits are cancelled at the deadline (3.11+).
import asyncio


async def step(n):
    await asyncio.sleep(0.1)
    print("step", n, "done")


async def main():
    try:
        async with asyncio.timeout(0.35):
            for n in range(10):
                await step(n)
    except TimeoutError:
        print("the block ran out of time")
    print("main continues")


asyncio.run(main())
