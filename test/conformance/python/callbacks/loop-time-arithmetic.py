# loop.time() is the loop's monotonic clock in seconds: differences measure durations.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.2)
    t1 = loop.time()
    print("slept", round(t1 - t0, 1))
    handle = loop.call_later(0.5, lambda: None)
    print("timer due", round(handle.when() - t1, 2), "s after t1")
    handle.cancel()
    deadline = t1 + 0.15
    while loop.time() < deadline:
        await asyncio.sleep(0.05)
    print("polled until the deadline:", round(loop.time() - t0, 1))


asyncio.run(main())
