# With as_completed, each failure surfaces when its turn comes; the loop can go on.
import asyncio


async def check(host, delay, healthy):
    await asyncio.sleep(delay)
    if not healthy:
        raise ConnectionError(f"{host} is down")
    return f"{host} is up"


async def main():
    checks = [check("db", 0.2, True), check("cache", 0.1, False), check("api", 0.3, True)]
    for finished in asyncio.as_completed(checks):
        try:
            print(await finished)
        except ConnectionError as error:
            print("error:", error)


asyncio.run(main())
