# On a failure gather leaves the siblings running; a TaskGroup cancels them (3.11+).
import asyncio

log = []


async def sibling(tag):
    try:
        await asyncio.sleep(0.2)
        log.append(f"{tag}: sibling finished")
    except asyncio.CancelledError:
        log.append(f"{tag}: sibling cancelled")
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise RuntimeError("oops")


async def main():
    try:
        await asyncio.gather(sibling("gather"), failing())
    except RuntimeError:
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("taskgroup"))
            tg.create_task(failing())
    except* RuntimeError:
        pass
    await asyncio.sleep(0.3)
    print("\n".join(log))


asyncio.run(main())
