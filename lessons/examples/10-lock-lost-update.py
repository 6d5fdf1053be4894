# {"title": "Lost updates, and a Lock", "teaser": "Three tasks each add 1 to a balance, with an await between read and write. What is the total?", "tags": ["concurrency", "patterns", "errors"]}
# What to notice: asyncio code runs in one thread, yet a read-await-write sequence still races:
# every task reads the old balance before any writes. A Lock makes the three steps one turn,
# so the other tasks wait at `async with lock` instead.
import asyncio

balance = 0


async def deposit(name, lock=None):
    global balance
    if lock is None:
        seen = balance
        await asyncio.sleep(0.01)  # say, a call to the bank's API
        balance = seen + 1
    else:
        async with lock:
            seen = balance
            await asyncio.sleep(0.01)
            balance = seen + 1
    print(f"{name} read {seen}, wrote {balance}")


async def main():
    global balance
    await asyncio.gather(*(deposit(name) for name in "ABC"))
    print("without a lock:", balance)

    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(name, lock) for name in "ABC"))
    print("with a lock:", balance)


asyncio.run(main())
