# call_soon_threadsafe schedules like call_soon (and wakes the loop from another thread).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon")
    loop.call_soon_threadsafe(print, "call_soon_threadsafe")
    loop.call_soon(print, "call_soon again")
    await asyncio.sleep(0)
    print("main")


asyncio.run(main())
