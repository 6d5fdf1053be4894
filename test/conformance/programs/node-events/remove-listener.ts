// removeListener removes the most recently added instance; removal during emit does not affect that emit.
import { EventEmitter } from 'node:events'

const ee = new EventEmitter()
const callbackA = () => {
  console.log('A')
  ee.removeListener('event', callbackB)
}
const callbackB = () => console.log('B')
ee.on('event', callbackA)
ee.on('event', callbackB)
ee.emit('event')
ee.emit('event')
function pong() {
  console.log('pong')
}
ee.on('ping', pong)
ee.once('ping', pong)
ee.removeListener('ping', pong)
ee.emit('ping')
ee.emit('ping')
ee.on('removeListener', (name: string) => console.log('removed', name))
ee.off('event', callbackA)
console.log(ee.eventNames())
