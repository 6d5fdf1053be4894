// From inside a timer callback, setImmediate always fires before setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0)
  setImmediate(() => console.log('immediate'))
  process.nextTick(() => console.log('nextTick'))
  Promise.resolve().then(() => console.log('promise'))
}, 1)
