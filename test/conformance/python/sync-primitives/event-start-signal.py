# An Event as a starting gun: runners get ready, then all start together.
import asyncio


async def runner(name, gun, pace):
    print(name, "ready")
    await gun.wait()
    await asyncio.sleep(pace)
    print(name, "finished")


async def main():
    gun = asyncio.Event()
    race = asyncio.gather(runner("ann", gun, 0.3), runner("bob", gun, 0.1), runner("cy", gun, 0.2))
    await asyncio.sleep(0.5)
    print("bang")
    gun.set()
    await race


asyncio.run(main())
