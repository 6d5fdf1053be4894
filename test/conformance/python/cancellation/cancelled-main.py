# If the main coroutine ends cancelled, asyncio.run raises CancelledError: exit code 1.
import asyncio


async def main():
    print("main cancels itself")
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
    print("never printed")


asyncio.run(main())
