// More than 10 listeners for one event prints a MaxListenersExceededWarning (on stderr) on the next tick.
import { EventEmitter } from 'node:events'

const emitter = new EventEmitter()
process.on('warning', (warning: Error & { count: number; type: string }) => {
  console.log('warning:', warning.name, warning.count, warning.type)
})
for (let i = 0; i < 12; i++) emitter.on('data', () => {})
console.log('added', emitter.listenerCount('data'), 'max', emitter.getMaxListeners())
emitter.setMaxListeners(20)
for (let i = 0; i < 5; i++) emitter.on('other', () => {})
console.log('default max', EventEmitter.defaultMaxListeners)
