# A Future is a box for a result: a timer callback fills it, an await waits for it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "filled by a callback")
    print("waiting; done =", fut.done())
    print(await fut)
    failing = loop.create_future()
    loop.call_soon(failing.set_exception, LookupError("no such key"))
    try:
        await failing
    except LookupError as error:
        print("the future raised", repr(error))


asyncio.run(main())
