# {"title": "run_in_executor keeps the beat", "teaser": "The same blocking call, handed to a thread with run_in_executor. Does the heartbeat still skip?", "tags": ["performance", "concurrency", "patterns"]}
# What to notice: run_in_executor runs the blocking function on a worker thread and gives the
# loop an awaitable future, so the heartbeat keeps ticking while the thread works; the result
# arrives between two beats. Compare the previous example, where time.sleep froze the loop.
import asyncio
import time

TICK = 0.06  # seconds between beats


def blocking_report():
    time.sleep(0.15)  # stands for a slow library call with no async version
    return "report ready"


async def heartbeat():
    loop = asyncio.get_running_loop()
    last = loop.time()
    for beat in range(4):
        await asyncio.sleep(TICK)
        now = loop.time()
        ticks = round((now - last) / TICK)
        print(f"beat {beat}: {ticks} tick{'' if ticks == 1 else 's'} after the last")
        last = now


async def main():
    loop = asyncio.get_running_loop()
    beating = asyncio.create_task(heartbeat())
    print("main: handing the report to a thread")
    report = await loop.run_in_executor(None, blocking_report)
    print("main:", report)
    await beating


asyncio.run(main())
