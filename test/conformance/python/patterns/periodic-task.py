# A periodic background task, stopped by cancelling it.
import asyncio


async def every(interval, action):
    loop = asyncio.get_running_loop()
    next_time = loop.time()
    while True:
        action()
        next_time += interval
        await asyncio.sleep(next_time - loop.time())


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    beat = asyncio.create_task(every(0.1, lambda: print("beat at", round(loop.time() - start, 1))))
    await asyncio.sleep(0.45)
    beat.cancel()
    try:
        await beat
    except asyncio.CancelledError:
        print("stopped")


asyncio.run(main())
