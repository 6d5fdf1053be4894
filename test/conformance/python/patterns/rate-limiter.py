# A rate limiter: at most 2 calls start in any 0.1 s window (a token bucket refilled by the clock).
import asyncio


class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.tokens = rate
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        async with self.lock:
            while True:
                now = loop.time()
                if self.updated is not None:
                    self.tokens = min(self.rate, self.tokens + (now - self.updated) * self.rate / self.per)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) * self.per / self.rate)


async def call(limiter, n, start):
    await limiter.acquire()
    print(f"call {n} at {asyncio.get_running_loop().time() - start:.1f}")


async def main():
    limiter = RateLimiter(2, 0.1)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(call(limiter, n, start) for n in range(6)))


asyncio.run(main())
