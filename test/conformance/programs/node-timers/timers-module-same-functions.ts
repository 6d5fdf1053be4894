// node:timers exports the global timer functions; timers.promises is timers/promises.
import timers from 'node:timers'
import * as timersPromises from 'node:timers/promises'

console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate)
console.log(timers.promises.setTimeout === timersPromises.setTimeout)
const t = timers.setInterval(() => {
  console.log('interval')
  timers.clearInterval(t)
}, 5)
timers.setImmediate(() => console.log('immediate'))
