// listenerCount, eventNames (symbols included) and removeAllListeners.
import { EventEmitter } from 'node:events'

const myEE = new EventEmitter()
const sym = Symbol('symbol')
myEE.on('foo', () => {})
myEE.on('bar', () => {})
myEE.on(sym, () => {})
console.log(myEE.eventNames())
console.log(EventEmitter.listenerCount(myEE, 'foo'), myEE.listenerCount('bar'))
myEE.removeAllListeners('foo')
console.log(myEE.eventNames())
myEE.removeAllListeners()
console.log(myEE.eventNames(), myEE.listenerCount('bar'))
