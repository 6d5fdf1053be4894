# requires-python: 3.14 — asyncio.run accepts any awaitable since 3.14 and raises TypeError for other values (3.11 raises ValueError)
# asyncio.run wants something to await: a coroutine, or (3.14+) any awaitable object.
import asyncio


class Ready:
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return "an awaitable's result"


async def main():
    return "a coroutine's result"


print(asyncio.run(main()))
print(asyncio.run(Ready()))
for candidate in (main, 42):
    try:
        asyncio.run(candidate)
    except TypeError as error:
        print(type(candidate).__name__, "->", error)
