// An unhandled rejection created in a timer crashes before the next timer with the same expiry runs.
setTimeout(() => {
  console.log('timer 1 creates an unhandled rejection')
  Promise.reject(new Error('from timer 1'))
  Promise.resolve().then(() => console.log('timer 1 microtask runs'))
  process.nextTick(() => console.log('timer 1 nextTick runs'))
}, 5)
setTimeout(() => console.log('timer 2 never runs'), 5)
