# A TaskGroup inside asyncio.timeout: at the deadline its tasks are cancelled and TimeoutError is raised (3.11+).
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at the deadline")
        raise


async def main():
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("quick", 0.1))
                tg.create_task(job("slow", 0.5))
    except TimeoutError:
        print("the group ran out of time")


asyncio.run(main())
