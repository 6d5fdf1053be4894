# A task copies the context at creation: later changes in the parent are not seen.
import asyncio
import contextvars

user = contextvars.ContextVar("user")


async def child():
    await asyncio.sleep(0.1)
    print("child sees", user.get())


async def main():
    user.set("alice")
    task = asyncio.create_task(child())
    user.set("bob")
    await task
    ctx = contextvars.copy_context()
    print("copied context has", ctx[user])
    loop = asyncio.get_running_loop()
    user.set("carol")
    loop.call_soon(lambda: print("callback in the copied context sees", user.get()), context=ctx)
    await asyncio.sleep(0)


asyncio.run(main())
