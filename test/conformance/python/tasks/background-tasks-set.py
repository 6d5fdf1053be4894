# The documented way to keep fire-and-forget tasks alive: a set, emptied by done callbacks.
import asyncio

background_tasks = set()


async def note(n):
    await asyncio.sleep(0.1 * n)
    print("note", n)


async def main():
    for n in range(1, 4):
        task = asyncio.create_task(note(n))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("running:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.05)
    print("all done, left:", len(background_tasks))


asyncio.run(main())
