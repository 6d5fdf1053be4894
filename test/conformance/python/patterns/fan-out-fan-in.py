# Fan out one job per item, fan in the results as each finishes.
import asyncio


async def score(word):
    await asyncio.sleep(0.01 * len(word))
    return word, sum(ord(c) - 96 for c in word)


async def main():
    # Every word has its own length, so no two finish at the same instant: as_completed starts its
    # tasks from a set, whose order follows memory addresses, and ties would finish in that order.
    words = ["asyncio", "loop", "await", "io", "coroutine"]
    totals = {}
    for finished in asyncio.as_completed([score(w) for w in words]):
        word, points = await finished
        totals[word] = points
        print("scored", word)
    best = max(totals, key=totals.get)
    print("best:", best, totals[best])


asyncio.run(main())
