# A class becomes an async iterator with __aiter__ and an async __anext__ that raises StopAsyncIteration.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.05)
        self.current -= 1
        return self.current + 1


async def main():
    async for n in Countdown(3):
        print(n)
    print("liftoff")


asyncio.run(main())
