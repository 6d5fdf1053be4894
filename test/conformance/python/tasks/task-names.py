# Tasks are named Task-N by default; name= and set_name() choose a name.
import asyncio


async def who():
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(who())
    b = asyncio.create_task(who(), name="downloader")
    c = asyncio.create_task(who())
    c.set_name("renamed")
    print(await a, await b, await c)


asyncio.run(main())
