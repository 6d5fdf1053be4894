// Each timer callback is followed by a full microtask drain before the next timer with the same expiry.
setTimeout(() => {
  console.log('T1')
  Promise.resolve()
    .then(() => console.log('T1 micro 1'))
    .then(() => console.log('T1 micro 2'))
    .then(() => setTimeout(() => console.log('T4 scheduled from T1 micro 3'), 0))
}, 5)
setTimeout(() => {
  console.log('T2')
  queueMicrotask(() => console.log('T2 micro'))
}, 5)
setTimeout(() => console.log('T3'), 5)
// Busy-wait so T1..T3 are all overdue together when the loop starts (no 1 ms creation-time skew between them).
const end = Date.now() + 10
while (Date.now() < end) {}
