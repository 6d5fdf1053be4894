// events.once is an async function: its promise settles two ticks after a plain promise would.
import { EventEmitter, once } from 'node:events'

const ee = new EventEmitter()
once(ee, 'go').then(() => console.log('once resolved'))
const plain = new Promise((resolve) => ee.on('go', resolve))
plain.then(() => console.log('plain 1'))
  .then(() => console.log('plain 2'))
  .then(() => console.log('plain 3'))
  .then(() => console.log('plain 4'))
ee.emit('go')
console.log('emitted')
