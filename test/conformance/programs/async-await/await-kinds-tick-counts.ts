// await on a native promise, a non-promise value and a thenable resume after 1, 1 and 2 ticks respectively.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(5)
;(async () => {
  await { then: (r: (v: number) => void) => r(1) }
  console.log('after await thenable')
})()
;(async () => {
  await Promise.resolve(1)
  console.log('after await native')
})()
;(async () => {
  await 1
  console.log('after await value')
})()
