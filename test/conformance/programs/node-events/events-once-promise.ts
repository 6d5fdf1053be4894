// events.once resolves with the arguments of the next emission, as an array.
import { once, EventEmitter } from 'node:events'

const ee = new EventEmitter()
process.nextTick(() => {
  ee.emit('myevent', 42, 'answer')
})
const value = await once(ee, 'myevent')
console.log(value)
const err = new Error('kaboom')
process.nextTick(() => {
  ee.emit('error', err)
})
try {
  await once(ee, 'myevent')
} catch (error) {
  console.error('error happened', (error as Error).message)
  console.log('rejected with', (error as Error).message, ee.listenerCount('myevent'), ee.listenerCount('error'))
}
