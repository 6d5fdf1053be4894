# A watchdog: workers report heartbeats; one that goes quiet for too long is cancelled.
import asyncio


async def worker(name, beats, hang_after):
    loop = asyncio.get_running_loop()
    for i in range(10):
        beats[name] = loop.time()
        if i == hang_after:
            await asyncio.sleep(10)
        await asyncio.sleep(0.05)


async def watchdog(tasks, beats, limit):
    loop = asyncio.get_running_loop()
    while any(not t.done() for t in tasks.values()):
        await asyncio.sleep(0.1)
        for name, task in tasks.items():
            if not task.done() and loop.time() - beats[name] > limit:
                print("watchdog: cancelling", name)
                task.cancel()


async def main():
    beats = {}
    tasks = {n: asyncio.create_task(worker(n, beats, h)) for n, h in (("steady", 99), ("hangs", 3))}
    await watchdog(tasks, beats, limit=0.3)
    for name, task in tasks.items():
        print(name, "cancelled" if task.cancelled() else "finished")


asyncio.run(main())
