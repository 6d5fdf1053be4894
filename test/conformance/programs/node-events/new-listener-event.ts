// 'newListener' fires before a listener is added, so listeners it adds run first.
import { EventEmitter } from 'node:events'

class MyEmitter extends EventEmitter {}
const myEmitter = new MyEmitter()
myEmitter.once('newListener', (event: string, listener: unknown) => {
  console.log('newListener for', event, typeof listener)
  if (event === 'event') {
    myEmitter.on('event', () => console.log('B'))
  }
})
myEmitter.on('event', () => console.log('A'))
myEmitter.emit('event')
