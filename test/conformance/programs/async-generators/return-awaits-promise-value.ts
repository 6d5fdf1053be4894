// return(promise) and `return promise` inside an async generator await the promise before completing.
async function* gen() {
  yield 'x'
  return new Promise((r) => setTimeout(() => r('returned after timer'), 5))
}
const it = gen()
console.log(await it.next())
console.log(await it.next())
const it2 = gen()
await it2.next()
console.log(await it2.return(Promise.resolve('return() argument unwrapped')))
const it3 = gen()
await it3.next()
await it3.return(Promise.reject('rejected return argument')).catch((e) => console.log('return() rejected:', e))
