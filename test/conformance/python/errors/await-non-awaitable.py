# await needs an awaitable: awaiting a plain value or a forgotten call is a TypeError.
import asyncio


def not_async():
    return 5


async def main():
    for value in (not_async(), None, [1, 2]):
        try:
            await value
        except TypeError as error:
            print("TypeError: cannot await", type(value).__name__)  # the message's wording changed in 3.14


asyncio.run(main())
