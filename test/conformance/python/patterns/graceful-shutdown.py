# Graceful shutdown: cancel every other task, then wait for their cleanup.
import asyncio


async def service(name, log):
    try:
        while True:
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)
        log.append(f"{name} closed cleanly")
        raise


async def main():
    log = []
    for name in ("http", "db", "cache"):
        asyncio.create_task(service(name, log), name=name)
    await asyncio.sleep(0.25)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in others:
        task.cancel()
    results = await asyncio.gather(*others, return_exceptions=True)
    print(len(results), "tasks stopped:", all(isinstance(r, asyncio.CancelledError) for r in results))
    print(sorted(log))  # all_tasks() is a set: sorted for a stable order


asyncio.run(main())
