// AbortSignal.timeout and custom reasons reach the AbortError's cause.
import { setTimeout as sleep } from 'node:timers/promises'

try {
  await sleep(500, null, { signal: AbortSignal.timeout(20) })
} catch (err) {
  const e = err as Error & { cause: Error }
  console.log(e.name, e.cause.name, e.cause.message)
}
const ac = new AbortController()
setTimeout(() => ac.abort('changed my mind'), 5)
try {
  await sleep(500, null, { signal: ac.signal })
} catch (err) {
  console.log((err as Error).name, (err as Error & { cause: unknown }).cause)
}
