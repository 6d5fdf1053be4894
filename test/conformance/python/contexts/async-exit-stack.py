# AsyncExitStack enters a varying number of async context managers and exits them in reverse.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def resource(name):
    await asyncio.sleep(0.01)
    print("acquire", name)
    yield name
    await asyncio.sleep(0.01)
    print("release", name)


async def main():
    async with AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in ("a", "b", "c")]
        stack.push_async_callback(asyncio.sleep, 0)
        print("holding", names)
    print("all released")


asyncio.run(main())
