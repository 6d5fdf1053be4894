// In an ES module, top-level code runs inside a microtask-like job: promise reactions run before process.nextTick callbacks.
process.nextTick(() => console.log('nextTick 1'))
Promise.resolve().then(() => console.log('promise 1'))
queueMicrotask(() => console.log('queueMicrotask 1'))
process.nextTick(() => console.log('nextTick 2'))
Promise.resolve()
  .then(() => console.log('promise 2'))
  .then(() => console.log('promise 2b'))
console.log('sync')
