// captureRejections: a rejected async listener becomes an 'error' event (on the next tick).
import { EventEmitter } from 'node:events'

const ee = new EventEmitter({ captureRejections: true })
ee.on('something', async () => {
  throw new Error('kaboom')
})
ee.on('error', (err: Error) => console.log('error event:', err.message))
ee.emit('something')
console.log('emitted')
process.nextTick(() => console.log('nextTick'))
Promise.resolve().then(() => console.log('microtask'))
