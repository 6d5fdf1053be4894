# Tasks start in the order they were created: the ready queue is FIFO.
import asyncio


async def job(n):
    print("start", n)
    await asyncio.sleep(0.1 * (3 - n))
    print("end", n)


async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(3)]
    print("created", len(tasks))
    for task in tasks:
        await task


asyncio.run(main())
