// With an 'error' listener the program goes on; errorMonitor sees the error first.
import { EventEmitter, errorMonitor } from 'node:events'

const emitter = new EventEmitter()
emitter.on(errorMonitor, (err: Error) => console.log('monitor:', err.message))
emitter.on('error', (err: Error) => console.log('whoops! there was an error:', err.message))
emitter.emit('error', new Error('whoops!'))
console.log('still running')
