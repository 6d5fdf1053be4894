# A closed loop refuses to run or schedule anything.
import asyncio

loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
try:
    loop.call_soon(print, "never")
except RuntimeError as error:
    print("call_soon:", error)
coro = asyncio.sleep(0)
try:
    loop.run_until_complete(coro)
except RuntimeError as error:
    print("run_until_complete:", error)
coro.close()
