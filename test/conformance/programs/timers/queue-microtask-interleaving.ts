// queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('qm 1'))
Promise.resolve().then(() => console.log('promise 1')).then(() => console.log('promise 2'))
queueMicrotask(() => {
  console.log('qm 2')
  queueMicrotask(() => console.log('qm 2.1'))
  Promise.resolve().then(() => console.log('promise from qm 2'))
})
queueMicrotask(() => console.log('qm 3'))
console.log('sync')
