import asyncio


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("nobody caught me")


async def main():
    print("before")
    await fail()
    print("never")


asyncio.run(main())
