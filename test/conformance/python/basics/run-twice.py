# Each asyncio.run makes a new loop and closes it; task names keep counting across runs.
import asyncio


async def main(label):
    loop = asyncio.get_running_loop()
    print(label, "main task:", asyncio.current_task().get_name())
    child = asyncio.create_task(asyncio.sleep(0))
    print(label, "child task:", child.get_name())
    await child
    return loop


first = asyncio.run(main("run 1"))
second = asyncio.run(main("run 2"))
print("same loop:", first is second, "- first closed:", first.is_closed())
