# A Semaphore(3) lets at most three downloads run at once.
import asyncio

running = 0
peak = 0


async def download(sem, n):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        print(f"download {n} starts ({running} running)")
        await asyncio.sleep(0.1)
        running -= 1
    return n


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(3)
    done = await asyncio.gather(*(download(sem, n) for n in range(8)))
    print("done:", done, "peak:", peak)
    print("took", round(loop.time() - start, 1), "s")


asyncio.run(main())
