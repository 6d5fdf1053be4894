# {"title": "as_completed: the fastest answer first", "teaser": "Three servers answer in 60, 20 and 40 ms. In which order do gather and as_completed give results?", "tags": ["concurrency", "ordering", "timers"]}
# What to notice: gather waits for all and keeps the order you asked in; as_completed hands back
# each result as soon as it is ready, fastest first, so the program can act on it at once.
import asyncio

SERVERS = {"north": 0.06, "east": 0.02, "south": 0.04}


async def ask(name):
    await asyncio.sleep(SERVERS[name])
    return f"{name} answered"


async def main():
    print("gather:", await asyncio.gather(*(ask(name) for name in SERVERS)))

    print("as_completed:")
    for next_done in asyncio.as_completed([ask(name) for name in SERVERS]):
        print("  ", await next_done)


asyncio.run(main())
