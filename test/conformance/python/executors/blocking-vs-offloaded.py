# The same blocking call stalls the loop when called directly, and does not when offloaded.
import asyncio
import time


async def heartbeat(log, label):
    for _ in range(4):
        log.append(label)
        await asyncio.sleep(0.05)


def block():
    time.sleep(0.2)


async def run(label, offload):
    log = []
    beat = asyncio.create_task(heartbeat(log, label))
    await asyncio.sleep(0)
    if offload:
        await asyncio.to_thread(block)
    else:
        block()
    log.append("block done")
    await beat
    print(label, log)


async def main():
    await run("direct", offload=False)
    await run("offloaded", offload=True)


asyncio.run(main())
