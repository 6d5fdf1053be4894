// Inside a timer callback: timers/promises' setImmediate and setTimeout against the callback
// versions, nextTick and microtasks (from a timer, the check phase always comes before the next timer).
import { setImmediate as immediate, setTimeout as sleep } from 'node:timers/promises'

setTimeout(() => {
  setTimeout(() => console.log('callback timeout'), 0)
  setImmediate(() => console.log('callback immediate'))
  void immediate('promise immediate').then((v) => console.log(v))
  void sleep(0, 'promise timeout').then((v) => console.log(v))
  queueMicrotask(() => console.log('microtask'))
  process.nextTick(() => console.log('nextTick'))
  console.log('sync')
}, 1)
