# {"title": "A timeout cancels the work", "teaser": "wait_for gives up after 30 ms. Does the slow call stop too, or keep running in the background?", "tags": ["cancellation", "timers", "errors"]}
# What to notice: a timeout does more than stop waiting. wait_for() and `async with timeout()`
# cancel the awaited work (CancelledError is raised inside it, at its await), and only then
# raise TimeoutError in the caller. Nothing is left running once the timeout has fired.
import asyncio


async def slow_call(label):
    try:
        print(f"{label}: request sent")
        await asyncio.sleep(0.2)
        print(f"{label}: reply received")  # never printed
        return "reply"
    except asyncio.CancelledError:
        print(f"{label}: cancelled, cleaning up")
        raise


async def main():
    try:
        await asyncio.wait_for(slow_call("wait_for"), timeout=0.03)
    except TimeoutError:
        print("main: wait_for raised TimeoutError")

    try:
        async with asyncio.timeout(0.03):
            await slow_call("timeout block")
    except TimeoutError:
        print("main: the timeout block raised TimeoutError")

    print("tasks left running:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
