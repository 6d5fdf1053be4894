// Resolving with a rejected promise rejects the outer one after the adoption ticks.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(5)
const bad = Promise.reject('inner failure')
new Promise((resolve) => resolve(bad)).catch((e) => console.log('outer rejected:', e))
Promise.resolve()
  .then(() => bad)
  .catch((e) => console.log('then-returned rejected:', e))
