# A timeout can be moved while its block runs: reschedule(), when() and expired() (3.11+).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("no deadline yet:", cm.when())
            cm.reschedule(loop.time() + 0.2)
            print("deadline in", round(cm.when() - start, 1), "s")
            await asyncio.sleep(0.1)
            cm.reschedule(cm.when() + 0.2)
            print("extended to", round(cm.when() - start, 1), "s")
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired(), "at", round(loop.time() - start, 1), "s")


asyncio.run(main())
