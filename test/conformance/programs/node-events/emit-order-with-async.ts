// Events are synchronous: switch to async with setImmediate or process.nextTick inside the listener.
import { EventEmitter } from 'node:events'

const myEmitter = new EventEmitter()
myEmitter.on('event', (a: string, b: string) => {
  setImmediate(() => console.log('this happens asynchronously', a, b))
  process.nextTick(() => console.log('nextTick', a))
  console.log('sync', a)
})
setTimeout(() => {
  myEmitter.emit('event', 'a', 'b')
  console.log('after emit')
  Promise.resolve().then(() => console.log('promise'))
}, 1)
