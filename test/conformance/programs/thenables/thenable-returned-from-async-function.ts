// An async function returning a thenable resolves through a then-job; compared against returning a value.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(5)
async function returnsThenable() {
  return { then(r: (v: string) => void) { console.log('then job'); r('thenable result') } }
}
async function returnsValue() {
  return 'plain result'
}
returnsThenable().then(console.log)
returnsValue().then(console.log)
