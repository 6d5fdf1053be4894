// Aborting a setInterval iterator ends the loop with an AbortError.
import { setInterval } from 'node:timers/promises'

const ac = new AbortController()
let n = 0
try {
  for await (const _ of setInterval(10, null, { signal: ac.signal })) {
    console.log('tick', ++n)
    if (n === 3) ac.abort()
  }
} catch (err) {
  console.log('ended with', (err as Error).name)
}
