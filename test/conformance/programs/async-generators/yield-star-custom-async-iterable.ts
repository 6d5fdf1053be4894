// yield* to a hand-written async iterable calls its next with the forwarded values, logging every call.
const inner = {
  [Symbol.asyncIterator]() {
    let n = 0
    return {
      next(arg?: unknown) {
        n++
        console.log('inner.next', n, 'arg', arg)
        return Promise.resolve(n < 3 ? { value: `v${n}`, done: false } : { value: 'inner done', done: true })
      },
    }
  },
}
async function* outer() {
  const r = yield* inner
  console.log('delegation result', r)
}
const it = outer()
console.log((await it.next('first')).value)
console.log((await it.next('second')).value)
console.log(await it.next('third'))
