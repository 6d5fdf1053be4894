// Manual next() on an async generator: how many ticks each result takes, relative to a counter chain.
async function* gen() {
  yield 1
  yield 2
}
const it = gen()
it.next().then((r) => console.log('first result', r.value))
it.next().then((r) => console.log('second result', r.value))
it.next().then((r) => console.log('completion', r.done))
let p = Promise.resolve()
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('tick', i))
