# {"title": "One by one, or gathered", "teaser": "Three 80 ms downloads, awaited in turn and then gathered. How many delays does each way cost?", "tags": ["concurrency", "async-await", "timers"]}
# What to notice: `await download(...)` runs that coroutine to its end before the next line
# starts, so the waits add up. gather() starts all three first, so the waits overlap. Watch the
# timers queue: one timer at a time in the first half, three at once in the second.
import asyncio

DELAY = 0.08  # seconds per download


async def download(name):
    print("  start", name)
    await asyncio.sleep(DELAY)
    print("  done", name)
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()

    start = loop.time()
    results = [await download("a"), await download("b"), await download("c")]
    print(f"one by one: {results} in {(loop.time() - start) / DELAY:.0f} delays")

    start = loop.time()
    results = await asyncio.gather(download("a"), download("b"), download("c"))
    print(f"gathered: {results} in {(loop.time() - start) / DELAY:.0f} delay")


asyncio.run(main())
