# Three clocks measure the same await: loop.time(), time.perf_counter() and datetime.now().
import asyncio
import time
from datetime import datetime


async def main():
    loop = asyncio.get_running_loop()
    began_loop, began_perf, began_dt = loop.time(), time.perf_counter(), datetime.now()
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.3))
    print("loop.time():", round(loop.time() - began_loop, 1))
    print("perf_counter():", round(time.perf_counter() - began_perf, 1))
    print("datetime.now():", round((datetime.now() - began_dt).total_seconds(), 1))
    print("a timedelta:", type(datetime.now() - began_dt).__name__)


asyncio.run(main())
