// Three promises resolved with a value, a thenable and a native promise settle on different ticks.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(4)
new Promise((r) => r(Promise.resolve('native'))).then(console.log)
new Promise((r) => r({ then: (f: (v: string) => void) => f('thenable') })).then(console.log)
new Promise((r) => r('value')).then(console.log)
