# Since 3.11 asyncio.TimeoutError is the built-in TimeoutError.
import asyncio


async def main():
    print("same class:", asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.05)
    except TimeoutError as error:
        print("caught", type(error).__name__, "- an OSError:", isinstance(error, OSError))


asyncio.run(main())
