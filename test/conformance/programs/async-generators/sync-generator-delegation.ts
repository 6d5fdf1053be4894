// Sync generators with yield*, return values, next arguments and early return run their finally blocks.
function* leaf(name: string) {
  try {
    const got = yield `${name}:1`
    yield `${name}:2 (got ${got})`
    return `${name} done`
  } finally {
    console.log(`${name} finally`)
  }
}
function* tree() {
  const a = yield* leaf('left')
  console.log('left returned', a)
  yield* leaf('right')
}
const it = tree()
console.log(it.next().value)
console.log(it.next('X').value)
console.log(it.next().value)
console.log(it.return('stop'))
console.log(it.next())
console.log([...tree()])
