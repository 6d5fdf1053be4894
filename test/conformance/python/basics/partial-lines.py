# print(end="") builds a line piece by piece, across awaits and tasks.
import asyncio


async def dots(n):
    for _ in range(n):
        print(".", end="")
        await asyncio.sleep(0.01)


async def main():
    print("loading", end="")
    await dots(3)
    print(" done")
    await asyncio.gather(dots(2), dots(2))
    print()
    print("no newline at the end", end="")


asyncio.run(main())
