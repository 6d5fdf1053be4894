// The EventEmitter of Node's docs: listeners run synchronously, in order, with the emitted arguments.
import { EventEmitter } from 'node:events'

class MyEmitter extends EventEmitter {}
const myEmitter = new MyEmitter()
myEmitter.on('event', (a: number, b: number) => {
  console.log('an event occurred!', a, b)
})
myEmitter.on('event', function (this: MyEmitter) {
  console.log('second listener, this is the emitter:', this === myEmitter)
})
console.log('before emit')
console.log('emit returned', myEmitter.emit('event', 1, 2))
console.log('after emit')
console.log('no listeners:', myEmitter.emit('nothing'))
