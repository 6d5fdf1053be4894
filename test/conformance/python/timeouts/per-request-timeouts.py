# Each request gets its own timeout; gather collects answers and timeouts side by side.
import asyncio


async def request(name, latency):
    await asyncio.sleep(latency)
    return f"{name}: 200 OK"


async def with_timeout(name, latency, limit=0.25):
    try:
        return await asyncio.wait_for(request(name, latency), timeout=limit)
    except TimeoutError:
        return f"{name}: timed out"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    answers = await asyncio.gather(*(with_timeout(n, l) for n, l in [("a", 0.1), ("b", 0.5), ("c", 0.2), ("d", 0.9)]))
    print("\n".join(answers))
    print("all answered within", round(loop.time() - start, 1), "s")


asyncio.run(main())
