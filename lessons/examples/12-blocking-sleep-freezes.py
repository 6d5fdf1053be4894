# {"title": "time.sleep freezes the loop", "teaser": "A heartbeat ticks every 60 ms, then another task calls time.sleep(0.15). What happens to the beat?", "tags": ["performance", "timers", "concurrency"]}
# What to notice: time.sleep blocks the only thread the loop has, so no task and no timer can
# run until it returns: the heartbeat misses its beats, then resumes late. Replace it with
# `await asyncio.sleep(0.15)` and the beat stays steady.
import asyncio
import time

TICK = 0.06  # seconds between beats


async def heartbeat():
    loop = asyncio.get_running_loop()
    last = loop.time()
    for beat in range(5):
        await asyncio.sleep(TICK)
        now = loop.time()
        ticks = round((now - last) / TICK)
        print(f"beat {beat}: {ticks} tick{'' if ticks == 1 else 's'} after the last")
        last = now


async def chore():
    await asyncio.sleep(0.09)  # half-way between two beats
    print("chore: blocking for 0.15 s")
    time.sleep(0.15)
    print("chore: done")


async def main():
    await asyncio.gather(heartbeat(), chore())


asyncio.run(main())
