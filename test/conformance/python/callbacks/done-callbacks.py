# Done callbacks are scheduled with call_soon when the future settles, in registration order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    extra = lambda f: print("removed, never runs")
    fut.add_done_callback(extra)
    print("removed:", fut.remove_done_callback(extra))
    fut.set_result("value")
    print("set_result returned; callbacks have not run yet")
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("added after done: scheduled at once"))
    await asyncio.sleep(0)


asyncio.run(main())
