# In debug mode asyncio logs every step that holds the loop for longer than slow_callback_duration.
import asyncio
import logging
import time


class Report(logging.Handler):
    def emit(self, record):
        if record.msg.startswith("Executing"):
            print(f"asyncio {record.levelname.lower()}: a step took {record.args[-1]:.1f} s")


logging.getLogger("asyncio").addHandler(Report())


async def slow():
    time.sleep(0.2)


async def fast():
    await asyncio.sleep(0.3)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "- threshold:", loop.slow_callback_duration)
    await asyncio.gather(slow(), fast())
    print("done")


asyncio.run(main(), debug=True)
