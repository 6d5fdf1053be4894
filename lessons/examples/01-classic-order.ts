// {"title": "Sync, microtask, timeout", "teaser": "The timer was set first, with a 0 ms delay. So why does it print dead last?", "host": "node", "tags": ["ordering", "microtasks", "timers"]}
// The interview classic. Write down the order of the six lines, then press Run.
console.log('script start')

setTimeout(() => console.log('setTimeout 0'), 0)

Promise.resolve()
  .then(() => console.log('promise 1'))
  .then(() => console.log('promise 2'))

queueMicrotask(() => console.log('queueMicrotask'))

console.log('script end')
