# A Future settles once: a second set_result is an InvalidStateError.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    for attempt in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            attempt()
        except asyncio.InvalidStateError:
            print("InvalidStateError")
    print("result stays", fut.result())
    cancelled = asyncio.get_running_loop().create_future()
    cancelled.cancel()
    try:
        cancelled.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises CancelledError")


asyncio.run(main())
