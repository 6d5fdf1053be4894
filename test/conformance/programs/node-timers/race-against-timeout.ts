// Promise.race against a timer promise, and cancelling the loser with an AbortController.
import { setTimeout as sleep } from 'node:timers/promises'

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  const ac = new AbortController()
  try {
    return await Promise.race([
      work,
      sleep(ms, undefined, { signal: ac.signal }).then(() => {
        throw new Error(`timed out after ${ms} ms`)
      }),
    ])
  } finally {
    ac.abort()
  }
}
console.log(await withTimeout(sleep(10, 'fast'), 50))
try {
  await withTimeout(sleep(100, 'slow'), 20)
} catch (err) {
  console.log((err as Error).message)
}
