# all_tasks() holds every unfinished task of the loop (main included).
import asyncio


async def sleeper(delay):
    await asyncio.sleep(delay)


async def main():
    print("at start:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(sleeper(d), name=f"sleeper-{d}") for d in (0.1, 0.2, 0.3)]
    print("after creating 3:", len(asyncio.all_tasks()))
    await tasks[0]
    names = sorted(t.get_name() for t in asyncio.all_tasks())  # a set: sorted for a stable order
    print("after the first finished:", names)
    await asyncio.gather(*tasks)
    print("at the end:", len(asyncio.all_tasks()))


asyncio.run(main())
