// nextTick callbacks queued from nextTick callbacks run before any promise reaction (inside a timer).
setTimeout(() => {
  process.nextTick(() => {
    console.log('tick 1')
    process.nextTick(() => {
      console.log('tick 1.1')
      process.nextTick(() => console.log('tick 1.1.1'))
    })
  })
  process.nextTick(() => console.log('tick 2'))
  Promise.resolve().then(() => console.log('promise'))
}, 1)
