# A CPU-heavy loop holds the thread: a timer due meanwhile fires only after it ends.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


async def main():
    loop = asyncio.get_running_loop()
    due = loop.time() + 0.001
    loop.call_at(due, lambda: print("timer fired, late:", loop.time() > due))
    await asyncio.sleep(0)
    print("crunching...")
    print("crunch result", crunch(100_000))
    print("crunch finished before the timer could fire")
    await asyncio.sleep(0)


asyncio.run(main())
