// require('events') is the EventEmitter class itself, with the helpers attached.
const EventEmitter = require('events')
const { once, EventEmitter: Same } = require('node:events')

console.log(EventEmitter === Same, typeof once, EventEmitter.defaultMaxListeners)
const e = new EventEmitter()
e.on('x', (v: number) => console.log('x', v))
e.emit('x', 1)
process.nextTick(() => console.log('tick first in a CommonJS script'))
Promise.resolve().then(() => console.log('then the promise'))
