# asyncio.wait takes tasks or futures; bare coroutines are refused since 3.11.
import asyncio


async def job():
    await asyncio.sleep(0.01)


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as error:
        print("TypeError:", error)
    coro.close()
    done, pending = await asyncio.wait([asyncio.create_task(job())])
    print(len(done), "done,", len(pending), "pending")


asyncio.run(main())
