# Awaiting coroutines one after another adds their durations.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    first = await fetch("first", 0.1)
    second = await fetch("second", 0.2)
    print(first, "|", second)
    print("elapsed", round(loop.time() - start, 1))


asyncio.run(main())
