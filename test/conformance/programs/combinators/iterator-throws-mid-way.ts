// An iterator that throws during Promise.all's iteration rejects the result promise (no synchronous throw).
function* exploding() {
  yield Promise.resolve('fine')
  throw new Error('iteration failed')
}
const p = Promise.all(exploding())
console.log('no sync throw, got', p.constructor.name)
p.catch((e) => console.log('rejected:', e.message))
const iterable = {
  [Symbol.iterator]() {
    let i = 0
    return {
      next() {
        i++
        if (i > 2) throw 'next() threw on call ' + i
        return { value: i, done: false }
      },
      return() {
        console.log('return() must not be called when next() throws')
        return { done: true }
      },
    }
  },
}
Promise.race(iterable).catch((e) => console.log('race rejected:', e))
