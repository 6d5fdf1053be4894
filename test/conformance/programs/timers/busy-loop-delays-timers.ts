// A long synchronous loop delays expired timers; they then fire in expiry order after the loop.
setTimeout(() => console.log('timer 30ms'), 30)
setTimeout(() => console.log('timer 10ms'), 10)
setTimeout(() => console.log('timer 20ms'), 20)
setTimeout(() => console.log('timer 200ms'), 200)
const end = Date.now() + 60
let spins = 0
while (Date.now() < end) spins++
console.log('busy loop finished', spins > 0)
Promise.resolve().then(() => console.log('microtask still before timers'))
