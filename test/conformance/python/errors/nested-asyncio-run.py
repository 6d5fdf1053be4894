# asyncio.run cannot be called while a loop is already running.
import asyncio


async def inner():
    return "inner"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        print("RuntimeError:", error)
    print("awaiting it instead:", await coro)


asyncio.run(main())
