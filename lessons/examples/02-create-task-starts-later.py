# {"title": "create_task does not run the task", "teaser": "create_task returns at once, and main keeps going. When does the task's first line print?", "tags": ["ordering", "async-await", "concurrency"]}
# What to notice: create_task only puts the task in the ready queue. Its body starts when the
# creator gives the loop back (its first real await), however much work main does before that.
import asyncio


async def worker(name):
    print(name, "starts")
    await asyncio.sleep(0)
    print(name, "resumes")


async def main():
    a = asyncio.create_task(worker("A"))
    b = asyncio.create_task(worker("B"))
    print("created both; A is", "done" if a.done() else "still waiting to start")
    total = sum(range(100_000))  # plenty of work, and no await
    print("main computed", total)
    await asyncio.sleep(0)  # the first moment the loop can run A and B
    print("main is back after one yield")
    await asyncio.gather(a, b)
    print("all done")


asyncio.run(main())
