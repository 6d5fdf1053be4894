# A pool of 2 workers runs 6 blocking jobs two at a time.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(n):
    time.sleep(0.1)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(6)))
    print(results)
    print("6 jobs of 0.1 s on 2 workers took", round(loop.time() - start, 1), "s")


asyncio.run(main())
