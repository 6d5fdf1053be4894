# A BoundedSemaphore refuses a release() without a matching acquire(); a Semaphore just grows.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()
    print("Semaphore released twice, locked:", plain.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    print("acquired, locked:", bounded.locked())
    bounded.release()
    try:
        bounded.release()
    except ValueError as error:
        print("BoundedSemaphore:", error)


asyncio.run(main())
