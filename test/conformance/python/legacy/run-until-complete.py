# The pre-3.7 style: get a loop, run_until_complete, close it.
import asyncio


async def compute(x, y):
    print(f"compute {x} + {y} ...")
    await asyncio.sleep(0.1)
    return x + y


async def print_sum(x, y):
    result = await compute(x, y)
    print(f"{x} + {y} = {result}")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(print_sum(1, 2))
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
