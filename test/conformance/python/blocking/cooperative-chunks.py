# Breaking CPU work into chunks with await asyncio.sleep(0) lets other tasks run in between.
import asyncio


async def crunch(name, chunks):
    total = 0
    for chunk in range(chunks):
        for i in range(1000):
            total += i
        print(name, "finished chunk", chunk)
        await asyncio.sleep(0)
    return total


async def main():
    results = await asyncio.gather(crunch("A", 3), crunch("B", 3))
    print(results)


asyncio.run(main())
