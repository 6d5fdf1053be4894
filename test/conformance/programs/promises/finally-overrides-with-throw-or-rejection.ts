// A throwing finally or one returning a rejected promise replaces the outcome; ordering vs a counter chain.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(6)
Promise.resolve('ok')
  .finally(() => {
    throw 'thrown in finally'
  })
  .catch((e) => console.log('A', e))
Promise.resolve('ok')
  .finally(() => Promise.reject('rejected in finally'))
  .catch((e) => console.log('B', e))
Promise.reject('first')
  .finally(() => {
    throw 'second'
  })
  .catch((e) => console.log('C', e))
