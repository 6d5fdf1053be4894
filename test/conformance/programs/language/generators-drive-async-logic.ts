// A sync generator used as a coroutine driven by promises (the pre-async/await pattern), interleaving with a chain.
function run<T>(genFn: () => Generator<unknown, T, unknown>): Promise<T> {
  const it = genFn()
  return new Promise((resolve, reject) => {
    const step = (method: 'next' | 'throw', arg?: unknown) => {
      let r: IteratorResult<unknown, T>
      try {
        r = it[method](arg as never)
      } catch (e) {
        return reject(e)
      }
      if (r.done) return resolve(r.value)
      Promise.resolve(r.value).then((v) => step('next', v), (e) => step('throw', e))
    }
    step('next')
  })
}
const result = run(function* () {
  const a = (yield Promise.resolve(1)) as number
  console.log('co a', a)
  try {
    yield Promise.reject('co failure')
  } catch (e) {
    console.log('co caught', e)
  }
  const b = (yield 2) as number
  console.log('co b', b)
  return a + b
})
Promise.resolve().then(() => console.log('chain 1')).then(() => console.log('chain 2')).then(() => console.log('chain 3'))
console.log('result', await result)
