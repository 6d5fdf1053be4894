# call_later callbacks fire by deadline, whatever order they were scheduled in.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for delay in (0.3, 0.1, 0.2, 0.1):
        loop.call_later(delay, lambda d=delay: print(f"fired {d} at {loop.time() - start:.1f}"))
    await asyncio.sleep(0.4)


asyncio.run(main())
