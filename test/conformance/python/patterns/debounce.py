# Debounce: act only once events have stopped arriving for 0.2 s.
import asyncio


class Debouncer:
    def __init__(self, delay, action):
        self.delay, self.action = delay, action
        self.handle = None
        self.last = None

    def trigger(self, value):
        if self.handle is not None:
            self.handle.cancel()
        loop = asyncio.get_running_loop()
        self.last = loop.time()
        self.handle = loop.call_later(self.delay, self.action, self, value)


def save(debouncer, value):
    quiet = asyncio.get_running_loop().time() - debouncer.last
    print(f"saved {value!r}, {quiet:.1f} s after the last keystroke")


async def main():
    saver = Debouncer(0.2, save)
    for text in ("h", "he", "hel", "hell", "hello"):
        saver.trigger(text)
        print("typed", text)
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    saver.trigger("hello!")
    await asyncio.sleep(0.3)


asyncio.run(main())
