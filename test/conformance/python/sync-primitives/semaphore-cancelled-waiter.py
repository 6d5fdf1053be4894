# A task cancelled while waiting for a Semaphore gives up its place; the next waiter gets the slot.
import asyncio


async def worker(sem, name):
    try:
        async with sem:
            print(name, "got the slot")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(worker(sem, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.05)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("free slots left:", not sem.locked())


asyncio.run(main())
