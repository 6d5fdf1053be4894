# With nested timeouts, the one that fires first raises; the outer block can go on.
import asyncio


async def main():
    async with asyncio.timeout(1):
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(0.5)
        except TimeoutError:
            print("inner timeout fired")
        await asyncio.sleep(0.2)
        print("outer block still has time")
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.timeout(1):
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer timeout fired through the inner block")


asyncio.run(main())
