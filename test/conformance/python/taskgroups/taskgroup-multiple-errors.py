# Several failures become one ExceptionGroup; except* picks them apart by type (3.11+).
import asyncio


async def fail(exc):
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad value")))
            tg.create_task(fail(TypeError("bad type")))
            tg.create_task(fail(ValueError("another bad value")))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("TypeErrors:", [str(e) for e in group.exceptions])


asyncio.run(main())
