# Tasks scheduled on a loop before it runs start once run_until_complete turns it.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name


loop = asyncio.new_event_loop()
tasks = [loop.create_task(job(n, d)) for n, d in (("first", 0.2), ("second", 0.1))]
print("scheduled", len(tasks), "tasks; none started")
results = loop.run_until_complete(asyncio.gather(*tasks))
print(results)
loop.close()
