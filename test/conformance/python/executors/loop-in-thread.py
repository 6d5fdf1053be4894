# A worker thread has no running loop; it may run an event loop of its own with asyncio.run.
import asyncio


def no_loop_here():
    try:
        asyncio.get_running_loop()
        return "found a loop"
    except RuntimeError as error:
        return f"in the thread: {error}"


async def thread_main():
    await asyncio.sleep(0.1)
    return "a second loop ran in the worker thread"


def run_another_loop():
    return asyncio.run(thread_main())


async def main():
    outer = asyncio.get_running_loop()
    print(await asyncio.to_thread(no_loop_here))
    print(await asyncio.to_thread(run_another_loop))
    print("main's loop is still running:", asyncio.get_running_loop() is outer)


asyncio.run(main())
