# An exception raised in a gathered coroutine and never caught ends the program: exit code 1.
import asyncio


async def step(n):
    await asyncio.sleep(0.1 * n)
    print("step", n)
    if n == 2:
        raise LookupError(f"step {n} failed")


async def main():
    await asyncio.gather(step(1), step(2), step(3))
    print("never printed")


asyncio.run(main())
