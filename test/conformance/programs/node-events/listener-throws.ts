// A throwing listener stops emit: later listeners do not run, the caller sees the error.
import { EventEmitter } from 'node:events'

const ee = new EventEmitter()
ee.on('x', () => console.log('first'))
ee.on('x', () => {
  throw new Error('second failed')
})
ee.on('x', () => console.log('third'))
try {
  ee.emit('x')
} catch (err) {
  console.log('caught:', (err as Error).message)
}
