// Calling return() on a suspended async generator runs its finally blocks; awaits inside finally delay the result.
async function* gen() {
  try {
    yield 1
    yield 2
  } finally {
    console.log('finally start')
    await null
    console.log('finally end')
  }
}
const it = gen()
console.log(await it.next())
const r = it.return('early')
console.log('return() called')
console.log(await r)
console.log(await it.next())
