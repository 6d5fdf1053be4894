# A block that finishes in time is untouched; expired() stays False.
import asyncio


async def main():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.1)
        print("work finished in time")
    print("expired:", cm.expired())
    result = await asyncio.wait_for(asyncio.sleep(0.1, result=42), timeout=None)
    print("wait_for with timeout=None just awaits:", result)


asyncio.run(main())
