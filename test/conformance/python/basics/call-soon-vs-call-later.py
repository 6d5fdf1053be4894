import asyncio


def say(what):
    print(what)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, say, "call_later 0")
    loop.call_soon(say, "call_soon 1")
    loop.call_soon(say, "call_soon 2")
    handle = loop.call_soon(say, "cancelled")
    handle.cancel()
    loop.call_later(0.01, say, "call_later 10 ms")
    print("main before sleep")
    await asyncio.sleep(0.02)
    print("main after sleep")


asyncio.run(main())
