# run_in_executor passes positional arguments only: keyword arguments go through functools.partial.
import asyncio
import functools


def greet(name, *, punctuation="."):
    return f"hello {name}{punctuation}"


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, greet, "world"))
    print(await loop.run_in_executor(None, functools.partial(greet, "there", punctuation="!")))
    print(await asyncio.to_thread(greet, "thread", punctuation="?"))


asyncio.run(main())
