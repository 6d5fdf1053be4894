# wait(FIRST_EXCEPTION) returns when a task raises (or all finish).
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def bad():
    await asyncio.sleep(0.15)
    raise ConnectionError("link down")


async def main():
    tasks = [asyncio.create_task(ok(0.1), name="ok-0.1"), asyncio.create_task(bad(), name="bad"), asyncio.create_task(ok(0.5), name="ok-0.5")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for t in sorted(done, key=lambda t: t.get_name()):  # several done: sorted by name
        print(t.get_name(), "->", repr(t.exception()))
    print("still pending:", [t.get_name() for t in pending])
    for t in pending:
        t.cancel()


asyncio.run(main())
