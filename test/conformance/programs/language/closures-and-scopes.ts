// Closures over block scopes, shadowing and counters captured by async functions created in loops.
const makers: Array<() => Promise<string>> = []
for (let i = 0; i < 3; i++) {
  const label = `job${i}`
  let runs = 0
  makers.push(async () => {
    runs++
    await null
    return `${label}:${i}:${runs}`
  })
}
console.log((await Promise.all(makers.map((m) => m()))).join(' '))
console.log((await Promise.all(makers.map((m) => m()))).join(' '))
function counter() {
  let n = 0
  return { inc: async () => ++n, get: () => n }
}
const c = counter()
await Promise.all([c.inc(), c.inc(), c.inc()])
console.log('counter', c.get())
{
  const shadow = 'inner'
  await null
  console.log(shadow)
}
const shadow = 'outer'
console.log(shadow)
