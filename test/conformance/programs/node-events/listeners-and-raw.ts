// listeners() unwraps once wrappers; rawListeners() returns them, and calling the wrapper removes it.
import { EventEmitter } from 'node:events'

const emitter = new EventEmitter()
emitter.once('log', () => console.log('log once'))
const listeners = emitter.rawListeners('log')
const logFnWrapper = listeners[0] as (() => void) & { listener: () => void }
logFnWrapper.listener()
logFnWrapper()
emitter.on('log', () => console.log('log persistently'))
const newListeners = emitter.rawListeners('log') as (() => void)[]
newListeners[0]!()
emitter.emit('log')
console.log(emitter.listeners('log').length)
