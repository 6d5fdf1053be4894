# asyncio.Runner runs several coroutines on one loop (3.11+).
import asyncio


async def remember(store, value):
    await asyncio.sleep(0.01)
    store.append(value)
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    store = []
    first = runner.run(remember(store, "a"))
    second = runner.run(remember(store, "b"))
    print(store, "same loop:", first is second is runner.get_loop())
print("closed after the with block:", first.is_closed())
