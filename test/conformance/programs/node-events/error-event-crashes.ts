// An 'error' event without a listener throws the error: the program crashes with exit code 1.
import { EventEmitter } from 'node:events'

const emitter = new EventEmitter()
console.log('about to emit')
setTimeout(() => {
  emitter.emit('error', new Error('whoops!'))
  console.log('never printed')
}, 1)
setTimeout(() => console.log('never printed either'), 5)
