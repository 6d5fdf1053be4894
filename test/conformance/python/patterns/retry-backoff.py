# Retry with exponential backoff: a flaky call succeeds on its third attempt.
import asyncio

attempts = 0


async def flaky():
    global attempts
    attempts += 1
    await asyncio.sleep(0.01)
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "success"


async def retry(operation, tries=5, base_delay=0.1):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for attempt in range(tries):
        try:
            return await operation()
        except ConnectionError as error:
            delay = base_delay * 2**attempt
            print(f"{error}; retrying in {delay:.1f}s (t={loop.time() - start:.1f})")
            await asyncio.sleep(delay)
    raise RuntimeError("gave up")


async def main():
    print(await retry(flaky), "after", attempts, "attempts")


asyncio.run(main())
