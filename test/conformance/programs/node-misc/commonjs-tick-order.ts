// In a CommonJS script (require, no import), nextTicks run before promise jobs after the main script.
const { setImmediate: setImmediatePromise } = require('timers/promises')

Promise.resolve().then(() => console.log('promise 1'))
process.nextTick(() => console.log('nextTick 1'))
queueMicrotask(() => console.log('microtask'))
process.nextTick(() => {
  console.log('nextTick 2')
  Promise.resolve().then(() => console.log('promise from nextTick'))
})
setImmediatePromise('later').then((v: string) => console.log('immediate', v))
console.log('main script done', typeof module, typeof exports, typeof __dirname)
