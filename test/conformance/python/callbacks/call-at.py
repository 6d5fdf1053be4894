# call_at takes an absolute time on the loop's clock; TimerHandle.when() reports it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    handle = loop.call_at(start + 0.2, print, "call_at fired")
    print(type(handle).__name__, "due in", round(handle.when() - start, 1), "s")
    loop.call_later(0.1, print, "call_later fired")
    cancelled = loop.call_at(start + 0.15, print, "never")
    cancelled.cancel()
    print("cancelled:", cancelled.cancelled())
    await asyncio.sleep(0.3)


asyncio.run(main())
