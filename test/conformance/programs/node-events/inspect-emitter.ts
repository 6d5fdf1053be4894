// console.log of emitters shows Node's internal fields.
import { EventEmitter } from 'node:events'

const e = new EventEmitter()
console.log(e)
e.on('data', () => {})
e.on('data', function onData() {})
e.once('end', () => {})
console.log(e)
class Job extends EventEmitter {
  id = 3
}
console.log(new Job())
console.log(new EventEmitter({ captureRejections: true }))
