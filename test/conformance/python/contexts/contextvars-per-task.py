# Each task runs in a copy of the context it was created in: a ContextVar set in one task stays there.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handle(rid):
    request_id.set(rid)
    await asyncio.sleep(0.1 if rid == "r1" else 0.05)
    print("handling", rid, "sees", request_id.get())


async def main():
    request_id.set("main")
    await asyncio.gather(handle("r1"), handle("r2"))
    print("main still sees", request_id.get())


asyncio.run(main())
