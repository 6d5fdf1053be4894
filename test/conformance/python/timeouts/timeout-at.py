# timeout_at takes an absolute loop time: one deadline shared by several steps.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.25
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name in ("fetch", "parse", "store"):
                await asyncio.sleep(0.1)
                done.append(name)
    except TimeoutError:
        print("deadline passed during:", ["fetch", "parse", "store"][len(done)])
    print("finished steps:", done)


asyncio.run(main())
