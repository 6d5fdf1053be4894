# wait(timeout=...) does not raise: it returns what finished and what did not, and cancels nothing.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.1, 0.4, 0.2, 0.6)]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print("done:", sorted(t.result() for t in done))
    print("pending:", len(pending), "- none cancelled:", not any(t.cancelled() for t in pending))
    await asyncio.wait(pending)
    print("later all done:", all(t.done() for t in tasks))


asyncio.run(main())
