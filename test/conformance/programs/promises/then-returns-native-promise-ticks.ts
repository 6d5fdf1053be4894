// Returning a native promise from a then callback costs two extra ticks compared with returning a value.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(6)
Promise.resolve()
  .then(() => Promise.resolve('returned promise'))
  .then((v) => console.log(v))
Promise.resolve()
  .then(() => 'returned value')
  .then((v) => console.log(v))
