# asyncio.Lock is not reentrant: acquiring it twice in one task waits forever, so bound the wait.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), timeout=0.1)
        except TimeoutError:
            print("the same task cannot take the lock again")
    try:
        lock.release()
    except RuntimeError as error:
        print("releasing an unlocked lock:", error)


asyncio.run(main())
