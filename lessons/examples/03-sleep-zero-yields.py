# {"title": "sleep(0) hands the loop back", "teaser": "Two gathered counters, once without and once with await asyncio.sleep(0). Do they ever take turns?", "tags": ["ordering", "concurrency", "async-await"]}
# What to notice: gather does not make code run in parallel. A coroutine keeps the loop until it
# reaches an await that suspends; awaiting a plain coroutine (`tidy()`) does not. sleep(0) is the
# smallest suspension there is: the task steps to the back of the ready queue.
import asyncio


async def tidy():
    return None  # awaiting this returns at once, without visiting the loop


async def count(name, polite):
    for i in range(3):
        print(name, i)
        if polite:
            await asyncio.sleep(0)
        else:
            await tidy()


async def main():
    print("-- awaiting a coroutine that never suspends")
    await asyncio.gather(count("A", False), count("B", False))
    print("-- awaiting asyncio.sleep(0)")
    await asyncio.gather(count("A", True), count("B", True))


asyncio.run(main())
