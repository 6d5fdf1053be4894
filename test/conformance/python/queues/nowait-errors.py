# get_nowait() on an empty queue and put_nowait() on a full one raise at once.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize=1)
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    queue.put_nowait("x")
    try:
        queue.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print("got", queue.get_nowait())
    queue.task_done()
    try:
        queue.task_done()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
