// Aborting a setInterval iterator ends the loop with an AbortError.
import { setInterval } from 'node:timers/promises'

const ac = new AbortController()
setTimeout(() => ac.abort(), 70)
let n = 0
try {
  for await (const _ of setInterval(20, null, { signal: ac.signal })) console.log('tick', ++n)
} catch (err) {
  console.log('ended with', (err as Error).name)
}
