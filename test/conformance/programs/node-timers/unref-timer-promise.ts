// A timer promise created with { ref: false } does not keep the program alive.
import { setTimeout as sleep } from 'node:timers/promises'

sleep(1000, 'never', { ref: false }).then((v) => console.log(v))
await sleep(10)
console.log('main done')
process.on('exit', (code) => console.log('exit', code))
