# {"title": "A pool of three with a Semaphore", "teaser": "Six jobs start together, but a Semaphore(3) guards the work. Who gets in when someone leaves?", "tags": ["concurrency", "patterns"]}
# What to notice: all six tasks start at once, and three of them queue up on the semaphore. Each
# job leaving hands its place to the longest waiter, so "running" never passes three.
import asyncio

# How long each job works, in seconds: picked so that no two jobs finish at the same moment.
WORK = [0.06, 0.21, 0.12, 0.09, 0.12, 0.03]
running = 0
peak = 0


async def job(pool, n):
    global running, peak
    async with pool:
        running += 1
        peak = max(peak, running)
        print(f"job {n} in  ({running} running)")
        await asyncio.sleep(WORK[n])
        running -= 1
        print(f"job {n} out")
    return n


async def main():
    pool = asyncio.Semaphore(3)
    finished = await asyncio.gather(*(job(pool, n) for n in range(len(WORK))))
    print("results", finished, "peak", peak)


asyncio.run(main())
