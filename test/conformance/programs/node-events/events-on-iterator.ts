// events.on: an async iterator of every emission; events emitted before next() are queued.
import { on, EventEmitter } from 'node:events'

const ee = new EventEmitter()
process.nextTick(() => {
  ee.emit('foo', 'bar')
  ee.emit('foo', 42)
  ee.emit('end')
})
let count = 0
for await (const event of on(ee, 'foo')) {
  console.log(event)
  if (++count === 2) break
}
console.log('listeners after break:', ee.listenerCount('foo'))
