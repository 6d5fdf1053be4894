# Waiting for an Event with a deadline: wait_for around event.wait().
import asyncio


async def wait_ready(event, limit):
    try:
        await asyncio.wait_for(event.wait(), timeout=limit)
        return "ready"
    except TimeoutError:
        return "gave up"


async def main():
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(0.2, event.set)
    print("with 0.1 s:", await wait_ready(event, 0.1))
    print("with 0.3 s:", await wait_ready(event, 0.3))


asyncio.run(main())
