import asyncio
import time


async def work(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")
    return name


async def main():
    start = time.monotonic()
    for name, seconds in [("a", 0.2), ("b", 0.1)]:
        await work(name, seconds)
    print("sequential took", round(time.monotonic() - start, 1))
    start = time.monotonic()
    results = await asyncio.gather(work("c", 0.2), work("d", 0.1))
    print(results, "concurrent took", round(time.monotonic() - start, 1))


asyncio.run(main())
