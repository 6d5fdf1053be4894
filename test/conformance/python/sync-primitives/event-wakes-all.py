# Event.set() wakes every waiter at once, in the order they started waiting.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting the event")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    await event.wait()
    print("waiting on a set event returns at once")
    event.clear()
    print("after clear:", event.is_set())


asyncio.run(main())
