// Immediates queued from an immediate run on the next loop iteration; each immediate is followed by ticks and microtasks.
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate A')
    process.nextTick(() => console.log('  tick after A'))
    Promise.resolve().then(() => console.log('  promise after A'))
    setImmediate(() => console.log('immediate C (queued by A)'))
  })
  setImmediate(() => {
    console.log('immediate B')
    setImmediate(() => {
      console.log('immediate D (queued by B)')
      setImmediate(() => console.log('immediate E (queued by D)'))
    })
  })
}, 1)
