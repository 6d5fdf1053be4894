// An unhandled rejection terminates the process with exit code 1 after the microtask queue drains; later timers never run.
setTimeout(() => console.log('timer never runs'), 0)
console.log('before')
Promise.reject(new Error('nobody handles me'))
Promise.resolve()
  .then(() => console.log('microtask 1 still runs'))
  .then(() => console.log('microtask 2 still runs'))
process.nextTick(() => console.log('nextTick still runs'))
console.log('after')
