# sys.exit() inside a task ends the whole program with that code.
import asyncio
import sys


async def watchdog():
    await asyncio.sleep(0.1)
    print("watchdog: giving up")
    sys.exit(4)


async def main():
    asyncio.create_task(watchdog())
    for i in range(5):
        print("working", i)
        await asyncio.sleep(0.04)


asyncio.run(main())
print("not reached")
