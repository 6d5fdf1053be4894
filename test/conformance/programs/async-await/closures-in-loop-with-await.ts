// let bindings are per-iteration even across awaits; var is shared, and callbacks run later see the final value.
const lets: Array<() => number> = []
const vars: Array<() => number> = []
async function collect() {
  for (let i = 0; i < 3; i++) {
    await null
    lets.push(() => i)
  }
  for (var j = 0; j < 3; j++) {
    await null
    vars.push(() => j)
  }
}
await collect()
console.log('let:', lets.map((f) => f()).join(','))
console.log('var:', vars.map((f) => f()).join(','))
const done: number[] = []
for (let k = 0; k < 3; k++) {
  setTimeout(() => done.push(k), 0)
  Promise.resolve().then(() => done.push(k * 10))
}
await new Promise((r) => setTimeout(r, 5))
console.log('mixed:', done.join(','))
