// A for-await loop over an async generator that awaits internally interleaves with a plain then-chain.
async function* gen() {
  for (let i = 1; i <= 3; i++) {
    await null
    yield i
  }
}
;(async () => {
  for await (const v of gen()) console.log('G', v)
  console.log('G done')
})()
;(async () => {
  for (let i = 1; i <= 12; i++) {
    await null
    console.log('.', i)
  }
})()
