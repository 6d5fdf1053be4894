# shield() protects the inner task from the outer cancellation.
import asyncio


async def save():
    await asyncio.sleep(0.2)
    print("saved to disk")
    return "saved"


async def main():
    inner = asyncio.create_task(save())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("the shielded await was cancelled")
    print("inner still running:", not inner.done())
    print("inner result:", await inner)


asyncio.run(main())
