# Aborting a Barrier breaks it: every waiter gets BrokenBarrierError (3.11+).
import asyncio


async def worker(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print(name, "saw the barrier break")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(worker(barrier, f"w{i}")) for i in range(2)]
    await asyncio.sleep(0.1)
    print("only", barrier.n_waiting, "of", barrier.parties, "arrived; aborting")
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken)


asyncio.run(main())
