# Debounce: only act once events stop arriving for 0.2 s.
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay, self.action = delay, action
        self.handle = None

    def trigger(self, value):
        if self.handle is not None:
            self.handle.cancel()
        loop = asyncio.get_running_loop()
        self.handle = loop.call_later(self.delay, self.action, value)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    save = Debouncer(0.2, lambda v: print(f"saved {v!r} at {loop.time() - start:.1f}"))
    for text in ("h", "he", "hel", "hell", "hello"):
        save.trigger(text)
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    save.trigger("hello!")
    await asyncio.sleep(0.3)


asyncio.run(main())
