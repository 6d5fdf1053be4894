# A task whose exception nobody retrieves: asyncio logs "Task exception was never retrieved" on stderr, exit code 0.
import asyncio


async def forgotten():
    raise ValueError("nobody looks at me")


async def main():
    asyncio.create_task(forgotten())
    await asyncio.sleep(0.1)
    print("main finished without awaiting the task")


asyncio.run(main())
print("the program ends normally")
