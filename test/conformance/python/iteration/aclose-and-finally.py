# Leaving async for early does not close the generator; aclose() runs its finally block.
import asyncio


async def stream():
    try:
        for n in range(10):
            yield n
            await asyncio.sleep(0)
    finally:
        print("stream closed")


async def main():
    gen = stream()
    async for n in gen:
        print("got", n)
        if n == 2:
            break
    print("after the loop")
    await gen.aclose()
    print("after aclose")


asyncio.run(main())
