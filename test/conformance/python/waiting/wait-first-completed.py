# wait(FIRST_COMPLETED) returns as soon as one task is done; the others stay pending.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.3), ("fast", 0.1), ("medium", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done])  # one task: a set of one has one order
    print("pending:", sorted(t.get_name() for t in pending))  # several: sorted, a set's order follows memory addresses
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", all(t.cancelled() for t in pending))


asyncio.run(main())
