# Calling an async function without await runs nothing; CPython warns "coroutine ... was never awaited" on stderr.
import asyncio


async def save():
    print("saved")


async def main():
    save()
    print("forgot to await save(): nothing was saved")
    await save()


asyncio.run(main())
