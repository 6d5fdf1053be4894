// A rejection travels through then() links without handlers one tick per link before reaching catch.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(6)
Promise.reject('early')
  .then(() => 1)
  .then(() => 2)
  .then(() => 3)
  .catch((e) => console.log('caught after 3 links:', e))
Promise.reject('direct').catch((e) => console.log('caught directly:', e))
