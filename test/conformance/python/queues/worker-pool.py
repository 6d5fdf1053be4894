# The documentation's worker pattern: N workers share a queue; cancel them once join() returns.
import asyncio


async def worker(name, queue, log):
    while True:
        seconds = await queue.get()
        await asyncio.sleep(seconds)
        log.append((name, seconds))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for seconds in (0.3, 0.1, 0.2, 0.1, 0.4, 0.2):
        queue.put_nowait(seconds)
    log = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    await queue.join()
    print("wall time", round(loop.time() - start, 1), "s for", round(sum(s for _, s in log), 1), "s of work")
    for name, seconds in log:
        print(name, "slept", seconds)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
