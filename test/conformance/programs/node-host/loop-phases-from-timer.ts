// From a timer callback: remaining expired timers, then immediates, then new timers; each callback drains nextTicks then promises.
setTimeout(() => {
  console.log('T1')
  setImmediate(() => {
    console.log('I1')
    process.nextTick(() => console.log('I1 tick'))
    Promise.resolve().then(() => console.log('I1 promise'))
  })
  setTimeout(() => console.log('T3 (new timer, next loop)'), 0)
  process.nextTick(() => console.log('T1 tick'))
  Promise.resolve().then(() => {
    console.log('T1 promise')
    process.nextTick(() => console.log('T1 promise -> tick'))
  })
}, 2)
setTimeout(() => {
  console.log('T2 (also expired in the same pass)')
  setImmediate(() => console.log('I2'))
}, 2)
// Keep the loop from starting until both timers are overdue, so they surely expire in the same timers pass.
const end = Date.now() + 10
while (Date.now() < end) {}
