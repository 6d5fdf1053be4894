# {"title": "An Event as a starting gun", "teaser": "Three runners wait on one Event. Who starts first when it is set, and does set() itself wait?", "tags": ["concurrency", "ordering", "patterns"]}
# What to notice: set() does not run the waiters; it wakes them all at once, in the order they
# began waiting, and they run when main next yields. A runner that arrives after set() does not
# wait at all.
import asyncio


async def runner(name, gun):
    print(f"{name} is at the line")
    await gun.wait()
    print(f"{name} runs")


async def main():
    gun = asyncio.Event()
    runners = [asyncio.create_task(runner(name, gun)) for name in ("Ada", "Bo", "Cy")]
    await asyncio.sleep(0.02)
    print("ready... set...")
    gun.set()
    print("go! (set() returned before anyone ran)")
    await asyncio.gather(*runners)
    await runner("Latecomer", gun)


asyncio.run(main())
