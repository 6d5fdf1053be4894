# Tasks waiting for a Lock get it in the order they asked for it.
import asyncio


async def use(lock, name):
    print(name, "waits; locked =", lock.locked())
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.1)
    print(name, "released it")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(use(lock, f"task {i}") for i in range(3)))
    print("locked at the end:", lock.locked())


asyncio.run(main())
