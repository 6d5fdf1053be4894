# An exception raised in the worker thread comes back when the future is awaited.
import asyncio


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    print("parsed:", await loop.run_in_executor(None, parse, "42"))
    try:
        await loop.run_in_executor(None, parse, "forty-two")
    except ValueError as error:
        print("ValueError from the thread:", error)


asyncio.run(main())
