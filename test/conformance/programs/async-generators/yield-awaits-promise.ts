// yield of a promise in an async generator awaits it; yield of a rejected promise throws at the yield.
async function* gen() {
  yield Promise.resolve('unwrapped')
  yield { then: (r: (v: string) => void) => r('thenable unwrapped') }
  try {
    yield Promise.reject(new Error('bad yield'))
    console.log('not reached')
  } catch (e) {
    console.log('caught inside generator:', (e as Error).message)
    yield 'after catch'
  }
}
const it = gen()
console.log(await it.next())
console.log(await it.next())
console.log(await it.next())
console.log(await it.next())
