# Concurrent requests for the same key share one in-flight task instead of fetching twice.
import asyncio

fetches = []
inflight = {}


async def fetch(key):
    fetches.append(key)
    await asyncio.sleep(0.1)
    return f"value of {key}"


async def get(key):
    if key not in inflight:
        inflight[key] = asyncio.create_task(fetch(key))
    return await inflight[key]


async def main():
    results = await asyncio.gather(get("a"), get("b"), get("a"), get("a"), get("b"))
    print(results)
    print("fetched:", fetches)


asyncio.run(main())
