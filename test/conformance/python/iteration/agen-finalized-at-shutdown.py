# An async generator left unfinished is finalized by asyncio.run when the loop shuts down.
import asyncio


async def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("generator finalized")


gen = None


async def main():
    global gen
    gen = numbers()
    async for n in gen:
        if n == 3:
            break
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
