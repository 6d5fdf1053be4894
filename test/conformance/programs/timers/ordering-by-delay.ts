// Timers fire in order of expiry, not registration order.
setTimeout(() => console.log('30ms'), 30)
setTimeout(() => console.log('10ms'), 10)
setTimeout(() => console.log('20ms'), 20)
setTimeout(() => console.log('0ms'), 0)
setTimeout(() => console.log('50ms'), 50)
setTimeout(() => console.log('5ms'), 5)
console.log('sync')
