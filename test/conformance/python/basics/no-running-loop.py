# Outside a coroutine there is no running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("outside:", error)


async def main():
    loop = asyncio.get_running_loop()
    print("inside: running =", loop.is_running())


asyncio.run(main())
