// Several finally links in a row each add ticks; a counter chain measures the delay of three finallys.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(12)
Promise.resolve('x')
  .finally(() => console.log('f1'))
  .finally(() => console.log('f2'))
  .finally(() => console.log('f3'))
  .then((v) => console.log('end', v))
