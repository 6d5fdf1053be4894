# loop.set_task_factory decides how create_task makes tasks; default names keep counting.
import asyncio

made = []


def counting_factory(loop, coro):
    made.append(coro.__name__)
    return asyncio.Task(coro, loop=loop)


def naming_factory(loop, coro):
    return asyncio.Task(coro, loop=loop, name=f"made-for-{coro.__name__}")


async def who():
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.create_task(who()))
    loop.set_task_factory(counting_factory)
    print(await asyncio.create_task(who()), "- factory saw", made)
    loop.set_task_factory(naming_factory)
    print(await asyncio.create_task(who()))
    loop.set_task_factory(None)
    print(await asyncio.create_task(who()), "- back to the default; factory:", loop.get_task_factory())


asyncio.run(main())
