# add_note() attaches context to an exception as it travels up through tasks (3.11+).
import asyncio


async def load(name):
    await asyncio.sleep(0.01)
    try:
        raise FileNotFoundError(name)
    except FileNotFoundError as error:
        error.add_note(f"while loading {name!r}")
        raise


async def main():
    try:
        await asyncio.create_task(load("config.toml"))
    except FileNotFoundError as error:
        error.add_note("during start-up")
        print(repr(error))
        print(error.__notes__)


asyncio.run(main())
