# {"title": "call_soon vs call_later(0)", "teaser": "A call_later with no delay, scheduled first, against two call_soon callbacks. Which runs first?", "tags": ["timers", "ordering"]}
# What to notice: call_soon() appends to the ready queue; call_later(0) puts a timer in the
# scheduled heap, and the loop moves due timers to the back of the ready queue on its next
# turn. A callback that another callback schedules waits for the turn after that.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    def soon_one():
        print("call_soon 1")
        loop.call_soon(lambda: print("call_soon 3, scheduled by 1"))

    loop.call_later(0, lambda: print("call_later 0"))
    loop.call_soon(soon_one)
    loop.call_soon(lambda: print("call_soon 2"))
    print("main: three callbacks scheduled")
    await asyncio.sleep(0.01)
    print("main: done")


asyncio.run(main())
