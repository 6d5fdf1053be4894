// Inside a timer callback, the nextTick queue is drained before promise reactions.
setTimeout(() => {
  Promise.resolve().then(() => console.log('promise'))
  queueMicrotask(() => console.log('queueMicrotask'))
  process.nextTick(() => console.log('nextTick 1'))
  process.nextTick(() => console.log('nextTick 2'))
  console.log('timer body')
}, 1)
setTimeout(() => console.log('next timer'), 1)
