// for await over timers/promises setInterval, stopped with break.
import { setInterval } from 'node:timers/promises'

const interval = 10
let count = 0
const start = Date.now()
for await (const startTime of setInterval(interval, 'tick')) {
  console.log(startTime, ++count)
  if (count === 4) break
}
console.log('elapsed ok:', Date.now() - start >= 39)
