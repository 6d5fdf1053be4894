# Old tutorials start with asyncio.get_event_loop(); in CPython 3.11 it makes a loop when none is set.
import asyncio
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


async def hello():
    await asyncio.sleep(0.1)
    return "hello from run_until_complete"


loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
print("same loop again:", asyncio.get_event_loop() is loop)
loop.close()
