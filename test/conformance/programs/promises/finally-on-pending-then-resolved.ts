// finally reactions on a pending promise fire in order with then reactions once it resolves; counts ticks to the pass-through.
let resolve!: (v: number) => void
const p = new Promise<number>((r) => (resolve = r))
p.finally(() => console.log('finally A')).then((v) => console.log('after finally A', v))
p.then((v) => console.log('then B', v)).then(() => console.log('then B2')).then(() => console.log('then B3')).then(() => console.log('then B4'))
setTimeout(() => {
  console.log('timer resolves')
  resolve(7)
}, 5)
