# When main returns, asyncio.run cancels the tasks still running and lets their finally blocks run.
import asyncio


async def background():
    try:
        while True:
            await asyncio.sleep(0.1)
            print("background tick")
    finally:
        print("background cleaned up by asyncio.run")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.25)
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
