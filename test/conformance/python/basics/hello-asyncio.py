# asyncio.run starts a loop, runs the coroutine to its end and returns its result.
import asyncio


async def greet(name):
    print(f"hello, {name}")
    await asyncio.sleep(0.1)
    print(f"goodbye, {name}")
    return len(name)


result = asyncio.run(greet("asyncio"))
print("asyncio.run returned", result)
