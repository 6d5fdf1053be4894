// Returning a thenable from a then callback costs one job for calling its then, plus the reaction.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(6)
Promise.resolve()
  .then(() => ({ then(res: (v: string) => void) { console.log('thenable.then called'); res('from thenable') } }))
  .then((v) => console.log(v))
Promise.resolve()
  .then(() => Promise.resolve('from promise'))
  .then((v) => console.log(v))
Promise.resolve()
  .then(() => 'from value')
  .then((v) => console.log(v))
