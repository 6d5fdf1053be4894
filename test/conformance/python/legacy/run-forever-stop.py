# run_forever() turns the loop until a callback calls loop.stop().
import asyncio

loop = asyncio.new_event_loop()
count = 0


def tick():
    global count
    count += 1
    print("tick", count, "at", round(loop.time() - start, 1))
    if count == 3:
        loop.stop()
    else:
        loop.call_later(0.1, tick)


start = loop.time()
loop.call_soon(tick)
loop.run_forever()
print("loop stopped after", count, "ticks")
loop.close()
