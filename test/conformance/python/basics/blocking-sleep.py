import asyncio
import time


async def ticker():
    for i in range(3):
        print("tick", i, round(asyncio.get_running_loop().time() - t0, 1))
        await asyncio.sleep(0.1)


async def blocker():
    await asyncio.sleep(0.05)
    print("blocking the loop for 0.3 s")
    time.sleep(0.3)
    print("unblocked")


async def main():
    global t0
    t0 = asyncio.get_running_loop().time()
    await asyncio.gather(ticker(), blocker())


asyncio.run(main())
