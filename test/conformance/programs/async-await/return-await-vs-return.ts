// return p, return await p and return v from async functions resolve the caller's promise on different ticks.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
const p = Promise.resolve('x')
async function returnPromise() {
  return p
}
async function returnAwait() {
  return await p
}
async function returnValue() {
  return 'x'
}
tick(6)
returnPromise().then(() => console.log('return p'))
returnAwait().then(() => console.log('return await p'))
returnValue().then(() => console.log('return v'))
