// yield* in an async generator over a sync iterable awaits promise values coming from it.
async function* gen() {
  yield* ['a', Promise.resolve('b'), 'c']
  yield* new Set([1, 2])
  yield* 'xy'
}
const out: unknown[] = []
for await (const v of gen()) out.push(v)
console.log(out.join(' '))
function* syncInner() {
  yield 1
  yield 2
  return 'sync return'
}
function* syncOuter() {
  const r = yield* syncInner()
  yield r
}
console.log([...syncOuter()])
