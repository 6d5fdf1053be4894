# A call_later(0.1) cannot fire while time.sleep(0.3) holds the loop; it fires right after,
# behind main's own next step, which was already in the ready queue.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.1, lambda: print("timer fired at", round(loop.time() - start, 1)))
    print("blocking for 0.3 s")
    time.sleep(0.3)
    print("unblocked at", round(loop.time() - start, 1))
    await asyncio.sleep(0)
    print("main resumed")


asyncio.run(main())
