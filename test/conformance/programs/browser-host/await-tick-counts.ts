// @host browser
// Promise/await tick counts are host-independent: the same interleaving as in Node, inside Chromium.
let p = Promise.resolve()
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('tick ' + i))
;(async () => {
  await { then: (r: (v: number) => void) => r(1) }
  console.log('after await thenable')
})()
;(async () => {
  await Promise.resolve()
  console.log('after await native')
})()
async function returnsPromise() {
  return Promise.resolve('x')
}
returnsPromise().then(() => console.log('async return promise'))
Promise.resolve().finally(() => {}).then(() => console.log('after finally'))
p.then(() => setTimeout(() => console.log('done'), 0))
