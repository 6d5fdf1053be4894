# call_soon and call_later run callbacks in the context current when they were scheduled.
import asyncio
import contextvars

phase = contextvars.ContextVar("phase", default="unset")


def show(label):
    print(label, "sees phase =", phase.get())


async def main():
    loop = asyncio.get_running_loop()
    phase.set("setup")
    loop.call_later(0.1, show, "timer scheduled during setup")
    phase.set("running")
    loop.call_soon(show, "call_soon scheduled while running")
    await asyncio.sleep(0.2)
    show("main at the end")


asyncio.run(main())
