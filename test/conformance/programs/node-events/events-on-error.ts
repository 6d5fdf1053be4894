// An 'error' event ends events.on's iteration by throwing.
import { on, EventEmitter } from 'node:events'

const ee = new EventEmitter()
setTimeout(() => {
  ee.emit('tick', 1)
  ee.emit('tick', 2)
  ee.emit('error', new Error('stream broke'))
}, 5)
try {
  for await (const [n] of on(ee, 'tick')) console.log('tick', n)
} catch (err) {
  console.log('caught', (err as Error).message)
}
console.log('done', ee.listenerCount('tick'))
