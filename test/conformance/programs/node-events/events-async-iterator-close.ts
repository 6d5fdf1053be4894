// Consuming events with `for await (… of on(…))` and leaving the loop with break.
import { EventEmitter, on } from 'node:events'

const ticker = new EventEmitter()
let n = 0
const timer = setInterval(() => ticker.emit('tick', ++n), 5)

for await (const [value] of on(ticker, 'tick')) {
  console.log('tick', value)
  if (value === 3) break
}
clearInterval(timer)
console.log('after the loop, listeners:', ticker.listenerCount('tick'))
