# asyncio.sleep returns its result argument; zero and negative delays just yield once.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0.1, result="woke up"))
    print(await asyncio.sleep(0), await asyncio.sleep(-1, result="negative is like zero"))
    print("elapsed", round(loop.time() - start, 1))


asyncio.run(main())
