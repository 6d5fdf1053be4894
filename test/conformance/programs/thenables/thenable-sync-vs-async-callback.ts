// A thenable that calls back synchronously settles ticks earlier than one that calls back from a timer or microtask.
const syncT = { then(r: (v: string) => void) { r('sync thenable') } }
const microT = { then(r: (v: string) => void) { queueMicrotask(() => r('microtask thenable')) } }
const timerT = { then(r: (v: string) => void) { setTimeout(() => r('timer thenable'), 5) } }
Promise.resolve(timerT).then(console.log)
Promise.resolve(microT).then(console.log)
Promise.resolve(syncT).then(console.log)
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
