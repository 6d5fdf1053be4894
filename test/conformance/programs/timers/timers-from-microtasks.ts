// Timers scheduled from microtasks (even deep chains) still run after all microtasks, in scheduling order.
Promise.resolve()
  .then(() => {
    setTimeout(() => console.log('timer from microtask 1'), 0)
  })
  .then(() => {
    setTimeout(() => console.log('timer from microtask 2'), 0)
  })
setTimeout(() => console.log('timer from sync code'), 0)
queueMicrotask(() => {
  queueMicrotask(() => {
    setTimeout(() => console.log('timer from nested queueMicrotask'), 0)
  })
})
console.log('sync end')
