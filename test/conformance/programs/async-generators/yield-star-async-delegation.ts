// yield* to another async generator forwards values, next() arguments and the inner return value.
async function* inner() {
  const x = yield 'inner 1'
  console.log('inner received', x)
  const y = yield 'inner 2'
  console.log('inner received', y)
  return 'inner result'
}
async function* outer() {
  yield 'outer start'
  const r = yield* inner()
  console.log('yield* evaluated to', r)
  yield 'outer end'
}
const it = outer()
console.log((await it.next('ignored')).value)
console.log((await it.next('ignored too')).value)
console.log((await it.next('A')).value)
console.log((await it.next('B')).value)
console.log(await it.next())
