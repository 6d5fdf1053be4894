# asend() sends a value into an async generator; athrow() raises inside it.
import asyncio


async def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            print("reset requested")
            total = 0
            continue
        await asyncio.sleep(0)
        total += value


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError))
    print(await acc.asend(1))
    await acc.aclose()


asyncio.run(main())
