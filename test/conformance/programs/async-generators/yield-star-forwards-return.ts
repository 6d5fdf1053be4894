// return() on an outer async generator delegating via yield* forwards to the inner one; both finallys run inner-first.
async function* inner() {
  try {
    yield 'i1'
    yield 'i2'
  } finally {
    console.log('inner finally')
  }
}
async function* outer() {
  try {
    yield* inner()
  } finally {
    console.log('outer finally')
  }
}
for await (const v of outer()) {
  console.log('got', v)
  break
}
console.log('loop exited')
