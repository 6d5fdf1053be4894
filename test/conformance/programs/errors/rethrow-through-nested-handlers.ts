// Errors rethrown from nested catch handlers (sync and async) keep identity through several layers.
const original = new Error('original')
async function l3() {
  throw original
}
async function l2() {
  try {
    await l3()
  } catch (e) {
    console.log('l2 saw', e === original)
    throw e
  }
}
function l1() {
  return l2().catch((e) => {
    console.log('l1 saw', e === original)
    return Promise.reject(e)
  })
}
l1().then(
  () => console.log('unexpected'),
  (e) => console.log('top saw', e === original, e.message),
)
