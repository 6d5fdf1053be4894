// A throw inside a timer callback is an uncaught exception: exit code 1, its queued microtasks and later timers never run.
setTimeout(() => {
  console.log('timer 1')
  Promise.resolve().then(() => console.log('microtask of timer 1 never runs'))
  throw new Error('boom in timer')
}, 5)
setTimeout(() => console.log('timer 2 never runs'), 5)
setTimeout(() => console.log('timer 3 never runs'), 20)
console.log('scheduled')
