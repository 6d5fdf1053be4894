# add_done_callback on a task: the callback gets the task, whatever its outcome.
import asyncio


def report(task):
    if task.cancelled():
        print(task.get_name(), "was cancelled")
    elif task.exception() is not None:
        print(task.get_name(), "failed:", repr(task.exception()))
    else:
        print(task.get_name(), "returned", task.result())


async def job(outcome):
    await asyncio.sleep(0.1)
    if outcome == "fail":
        raise ValueError("bad input")
    return outcome


async def main():
    tasks = [asyncio.create_task(job(o), name=o) for o in ("ok", "fail", "cancel")]
    for t in tasks:
        t.add_done_callback(report)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await asyncio.sleep(0)


asyncio.run(main())
