// scheduler.wait and scheduler.yield from timers/promises.
import { scheduler } from 'node:timers/promises'

setTimeout(() => console.log('timer 5'), 5)
await scheduler.wait(10)
console.log('waited 10')
setTimeout(() => console.log('timer after yield'), 0)
await scheduler.yield()
console.log('yielded')
