# Wrapping a callback-style API in a Future makes it awaitable.
import asyncio


def legacy_fetch(loop, url, on_done):
    loop.call_later(0.1 * len(url), on_done, f"<html of {url}>")


async def fetch(url):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    legacy_fetch(loop, url, fut.set_result)
    return await fut


async def main():
    pages = await asyncio.gather(fetch("a.io"), fetch("b.org"), fetch("c.co"))
    print(pages)


asyncio.run(main())
