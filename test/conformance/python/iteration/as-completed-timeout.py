# as_completed with a timeout raises TimeoutError for what is not done in time.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    try:
        for next_done in asyncio.as_completed([job(0.1), job(0.5), job(0.2)], timeout=0.3):
            print("finished:", await next_done)
    except TimeoutError:
        print("timed out waiting for the rest")


asyncio.run(main())
