# loop.set_exception_handler sees errors nobody else catches, here in a callback.
import asyncio


def handler(loop, context):
    print("handler got:", repr(context.get("exception")))


def bad_callback():
    raise ZeroDivisionError("in a callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.1)
    print("the loop kept running")


asyncio.run(main())
