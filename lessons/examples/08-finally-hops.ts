// {"title": "The extra hops of finally", "teaser": "`finally` only passes the value along. Why is it slower than a do-nothing `then`?", "host": "node", "tags": ["promises", "microtasks", "ordering"]}
Promise.resolve('value')
  .then(() => console.log('then 1'))
  .then(() => console.log('then 2'))
  .then(() => console.log('then 3'))
  .then(() => console.log('then 4'))
  .then(() => console.log('then 5'))

Promise.resolve('value')
  .finally(() => console.log('finally'))
  .then((v) => console.log('after finally, got', v))

Promise.resolve('value')
  .then((v) => v) // a do-nothing then, for comparison
  .then((v) => console.log('after a plain then, got', v))
