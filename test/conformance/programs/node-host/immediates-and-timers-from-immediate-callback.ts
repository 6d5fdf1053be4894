// Inside an immediate, nextTick beats promises, and immediates queued now run after the current batch.
setTimeout(() => {
  setImmediate(() => {
    console.log('I1')
    process.nextTick(() => console.log('I1 tick'))
    Promise.resolve().then(() => console.log('I1 promise'))
    setImmediate(() => console.log('I3 (next iteration)'))
  })
  setImmediate(() => {
    console.log('I2')
    queueMicrotask(() => console.log('I2 microtask'))
  })
}, 1)
