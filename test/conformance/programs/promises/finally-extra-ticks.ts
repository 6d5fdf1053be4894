// finally() delays its pass-through value by extra ticks compared with then(); a counter chain shows exactly how many.
const tick = (n: number) => {
  let p = Promise.resolve()
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i))
}
tick(7)
Promise.resolve('v').finally(() => console.log('finally callback')).then((v) => console.log('after finally:', v))
Promise.resolve('v').then((x) => x).then((v) => console.log('after then:', v))
Promise.reject('r').finally(() => console.log('finally on rejection')).catch((e) => console.log('caught after finally:', e))
