# Without return_exceptions the first exception reaches the awaiter; the other awaitables keep running.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, "still completed")
    return name


async def fail():
    await asyncio.sleep(0.1)
    raise RuntimeError("failed early")


async def main():
    slow = asyncio.create_task(ok("slow", 0.3))
    try:
        await asyncio.gather(fail(), slow)
    except RuntimeError as error:
        print("gather raised:", error)
    print("slow cancelled?", slow.cancelled())
    print("slow result:", await slow)


asyncio.run(main())
