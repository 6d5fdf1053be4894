# The "never retrieved" report goes through the loop's exception handler when the task is freed.
import asyncio
import gc


def handler(loop, context):
    print("handler:", context["message"], "-", repr(context["exception"]))


async def forgotten():
    raise ValueError("lost")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(forgotten())
    await asyncio.sleep(0.1)
    gc.collect()
    print("after collection")


asyncio.run(main())
