# A slow synchronous function called from a coroutine delays every other task.
import asyncio
import time


def slow_sync_parse():
    time.sleep(0.2)
    return "parsed"


async def ticker(log):
    for i in range(3):
        log.append(f"tick {i}")
        await asyncio.sleep(0.05)


async def parser(log):
    await asyncio.sleep(0.01)
    log.append(slow_sync_parse())


async def main():
    log = []
    await asyncio.gather(ticker(log), parser(log))
    print(log)


asyncio.run(main())
