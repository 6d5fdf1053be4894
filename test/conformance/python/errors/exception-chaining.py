# raise ... from keeps the cause across awaits and tasks.
import asyncio


class FetchError(Exception):
    pass


async def connect():
    await asyncio.sleep(0.01)
    raise ConnectionRefusedError("port 80")


async def fetch():
    try:
        await connect()
    except OSError as error:
        raise FetchError("could not fetch") from error


async def main():
    try:
        await asyncio.create_task(fetch())
    except FetchError as error:
        print(repr(error), "caused by", repr(error.__cause__))


asyncio.run(main())
