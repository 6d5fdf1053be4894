// Without captureRejections, a rejected async listener is an unhandled rejection: exit code 1.
import { EventEmitter } from 'node:events'

const ee = new EventEmitter()
ee.on('go', async () => {
  throw new Error('nobody catches me')
})
ee.emit('go')
console.log('emitted')
setTimeout(() => console.log('not reached'), 10)
