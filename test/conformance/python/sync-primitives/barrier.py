# A Barrier releases its parties together once the last one arrives (3.11+).
import asyncio


async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(worker(barrier, "a", 0.1), worker(barrier, "b", 0.3), worker(barrier, "c", 0.2))
    print("broken:", barrier.broken)


asyncio.run(main())
