# A circuit breaker: after 3 failures it stops calling for a cool-down, then tries again.
import asyncio


class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures, self.opened_at = 0, None

    async def call(self, operation):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                return "rejected (open)"
            self.opened_at = None
        try:
            result = await operation()
        except OSError:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
            return "failed"
        self.failures = 0
        return result


calls = 0


async def service():
    global calls
    calls += 1
    await asyncio.sleep(0.01)
    if calls <= 4:
        raise OSError("down")
    return "ok"


async def main():
    breaker = Breaker(3, 0.2)
    for i in range(8):
        print(i, await breaker.call(service))
        await asyncio.sleep(0.05)
    print("service called", calls, "times")


asyncio.run(main())
