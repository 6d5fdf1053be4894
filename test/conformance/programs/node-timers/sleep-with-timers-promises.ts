// The idiomatic sleep: `await setTimeout(ms, value)` from node:timers/promises.
import { setTimeout as sleep } from 'node:timers/promises'

const start = Date.now()
const res = await sleep(100, 'result')
console.log(res, Date.now() - start >= 99)
for (const ms of [30, 10, 20]) {
  await sleep(ms)
  console.log('slept', ms)
}
