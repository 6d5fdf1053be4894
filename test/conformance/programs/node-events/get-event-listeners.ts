// getEventListeners works for EventEmitter and EventTarget alike.
import { getEventListeners, EventEmitter } from 'node:events'

const ee = new EventEmitter()
const listener = () => console.log('Events are fun')
ee.on('foo', listener)
console.log(getEventListeners(ee, 'foo').length, getEventListeners(ee, 'foo')[0] === listener)
const et = new EventTarget()
et.addEventListener('foo', listener)
console.log(getEventListeners(et, 'foo').length)
