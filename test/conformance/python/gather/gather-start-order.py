# gather wraps each coroutine in a task at once, so they all start in argument order on the next turn.
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("middle", name)
    await asyncio.sleep(0)
    print("end", name)


async def main():
    future = asyncio.gather(job("a"), job("b"), job("c"))
    print("gather called; nothing has started")
    await future


asyncio.run(main())
