# return_exceptions=True puts exceptions in the result list instead of raising the first.
import asyncio


async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n


async def fail(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), fail(2), ok(3), fail(1), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    good = [r for r in results if not isinstance(r, Exception)]
    print("successes:", good)


asyncio.run(main())
