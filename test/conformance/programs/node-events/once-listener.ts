// emitter.once: the listener runs at most once and is removed before it runs.
import { EventEmitter } from 'node:events'

const emitter = new EventEmitter()
let m = 0
emitter.once('event', () => {
  console.log('listeners while running:', emitter.listenerCount('event'))
  console.log(++m)
})
emitter.emit('event')
emitter.emit('event')
console.log('count', emitter.listenerCount('event'))
