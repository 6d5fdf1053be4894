# async with calls __aenter__ and __aexit__, which may await; __aexit__ sees the exception.
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.05)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        print("close", self.name, "- error:", exc_type.__name__ if exc_type else None)
        return False


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    try:
        async with Connection("cache"):
            raise ConnectionError("lost")
    except ConnectionError as error:
        print("propagated:", error)


asyncio.run(main())
