# notify_all() wakes every waiter; each re-acquires the lock in turn.
import asyncio


async def waiter(cond, name):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "notified, holds the lock:", cond.locked())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        print("notify_all")
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
