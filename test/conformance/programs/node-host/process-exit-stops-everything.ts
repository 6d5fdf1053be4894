// process.exit(2) ends the process immediately: later sync code, microtasks, ticks and timers never run.
setTimeout(() => console.log('timer never runs'), 0)
process.nextTick(() => console.log('nextTick never runs'))
Promise.resolve()
  .then(() => {
    console.log('first microtask runs')
    process.exit(2)
    console.log('not printed after exit')
  })
  .then(() => console.log('next microtask never runs'))
Promise.resolve().then(() => console.log('sibling microtask never runs'))
console.log('sync runs')
