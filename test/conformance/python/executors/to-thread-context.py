# asyncio.to_thread carries the caller's contextvars into the worker thread.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="nobody")


def whose_data():
    return f"data of {tenant.get()}"


async def handle(name):
    tenant.set(name)
    return await asyncio.to_thread(whose_data)


async def main():
    print(await asyncio.gather(handle("acme"), handle("globex")))
    tenant.set("main")
    loop = asyncio.get_running_loop()
    print("to_thread from main:", await asyncio.to_thread(whose_data))
    print("run_in_executor does not carry it:", await loop.run_in_executor(None, whose_data))


asyncio.run(main())
