// An already-aborted signal rejects at once, without scheduling a timer.
import { setTimeout as sleep, setImmediate as immediate } from 'node:timers/promises'

const signal = AbortSignal.abort()
const results = await Promise.allSettled([sleep(10, 'a', { signal }), immediate('b', { signal }), sleep(1, 'c')])
console.log(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name)))
