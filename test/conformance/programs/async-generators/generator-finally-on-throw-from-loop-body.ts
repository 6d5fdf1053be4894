// An exception in a for-await body closes the generator (finally runs) before the exception reaches the catch.
async function* gen() {
  try {
    yield 1
    yield 2
  } finally {
    console.log('gen finally')
    await null
    console.log('gen finally after await')
  }
}
try {
  for await (const v of gen()) {
    console.log('body', v)
    throw new Error('body failed')
  }
} catch (e) {
  console.log('caught', (e as Error).message)
}
