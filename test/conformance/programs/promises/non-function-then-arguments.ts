// Non-callable then arguments are ignored: values and reasons pass through, each hop still costing one tick.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(5)
Promise.resolve('value')
  .then(null)
  .then(42 as never)
  .then(undefined, 'not a function' as never)
  .then((v) => console.log('passed through:', v))
Promise.reject('reason')
  .then((v) => console.log('never', v))
  .catch({} as never)
  .then(null, (e) => console.log('reason passed through:', e))
