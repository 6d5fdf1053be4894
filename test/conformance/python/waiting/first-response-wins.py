# Ask several mirrors, keep the first answer, cancel the rest.
import asyncio


async def mirror(name, latency):
    try:
        await asyncio.sleep(latency)
        return f"{name} answered"
    except asyncio.CancelledError:
        return None


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = {asyncio.create_task(mirror(n, l)): n for n, l in [("eu", 0.25), ("us", 0.15), ("asia", 0.4)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print(winner.result(), "after", round(loop.time() - start, 1), "s")
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending)
    print("losers:", sorted(tasks[t] for t in pending))


asyncio.run(main())
