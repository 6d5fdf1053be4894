// A synchronous busy loop advances Date.now() and performance.now() by the looped duration.
const d0 = Date.now()
const p0 = performance.now()
const end = d0 + 50
while (Date.now() < end) {}
console.log('Date.now advanced >= 50:', Date.now() - d0 >= 50)
console.log('performance.now advanced >= 49:', performance.now() - p0 >= 49)
setTimeout(() => console.log('10ms timer fires after the loop, clock past end:', Date.now() >= end), 10)
