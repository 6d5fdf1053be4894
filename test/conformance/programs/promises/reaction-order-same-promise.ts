// Reactions on the same promise run in registration order, mixing then, catch and finally.
let resolve!: (v: string) => void
const p = new Promise<string>((r) => (resolve = r))
p.then((v) => console.log('then 1', v))
p.finally(() => console.log('finally 2'))
p.catch(() => console.log('catch never'))
p.then((v) => console.log('then 3', v))
p.then((v) => {
  console.log('then 4 registers then 6', v)
  p.then(() => console.log('then 6 (registered during 4)'))
})
p.then(() => console.log('then 5'))
resolve('x')
console.log('resolved synchronously')
