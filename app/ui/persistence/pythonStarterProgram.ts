/** The Python playground's first program: two tasks, and the moment they actually start. */
export const pythonStarterProgram = `# Predict the order of the lines, then press Run (Ctrl+Enter).
import asyncio


async def brew(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: ready after {seconds} s")


async def main():
    tea = asyncio.create_task(brew("tea", 0.3))
    coffee = asyncio.create_task(brew("coffee", 0.1))
    print("main: two tasks created; neither has started yet")
    await asyncio.gather(tea, coffee)
    print("main: both are ready")


asyncio.run(main())
`
