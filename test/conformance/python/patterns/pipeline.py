# A three-stage pipeline joined by queues: download -> parse -> store, each stage with its workers.
import asyncio


async def stage(name, inbox, outbox, seconds, workers_done):
    while True:
        item = await inbox.get()
        await asyncio.sleep(seconds)
        result = f"{item}>{name}"
        if outbox is not None:
            await outbox.put(result)
        else:
            workers_done.append(result)
        inbox.task_done()


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    urls, pages, records = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    stored = []
    workers = [asyncio.create_task(stage("dl", urls, pages, 0.2, stored)) for _ in range(2)]
    workers += [asyncio.create_task(stage("parse", pages, records, 0.1, stored))]
    workers += [asyncio.create_task(stage("store", records, None, 0.1, stored))]
    for n in range(4):
        urls.put_nowait(f"url{n}")
    for queue in (urls, pages, records):
        await queue.join()
    for w in workers:
        w.cancel()
    print("\n".join(stored))
    print("pipeline took", round(loop.time() - start, 1), "s")


asyncio.run(main())
