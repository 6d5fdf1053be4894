// {"title": "await of a value still yields", "teaser": "There's nothing to wait for, yet the code after `await` sees a world that has moved on. How?", "host": "node", "tags": ["async-await", "microtasks"]}
let counter = 0
const ready = Promise.resolve('already resolved')

async function report() {
  const value = await counter // a plain number, not a promise
  console.log('report: value', value, 'counter', counter)
  const status = await ready // a promise that is already fulfilled
  console.log('report:', status, 'counter', counter)
}

report()
counter++
console.log('main: counter is now', counter)
queueMicrotask(() => counter++)
