// A nextTick queued inside a promise reaction waits until the whole microtask queue is empty.
setTimeout(() => {
  Promise.resolve()
    .then(() => {
      console.log('p1')
      process.nextTick(() => {
        console.log('tick from p1')
        Promise.resolve().then(() => console.log('promise from tick'))
        process.nextTick(() => console.log('tick from tick'))
      })
    })
    .then(() => console.log('p2'))
    .then(() => console.log('p3'))
}, 1)
