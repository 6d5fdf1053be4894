// return() on an async generator delegating with yield* to an iterator without `return` awaits the value (one more tick), as V8.
const log: string[] = []
const inner = {
  [Symbol.asyncIterator]() {
    return this
  },
  next() {
    return { done: false, value: 'inner' }
  },
  get return() {
    log.push('get return')
    return undefined
  },
}
async function* outer() {
  log.push('start')
  yield* inner
  log.push('never')
}
const it = outer()
it.next()
const thenable = {
  get then() {
    log.push('get then')
    return undefined
  },
}
it.return(thenable).then((r) => log.push(`returned ${r.value === thenable} ${r.done}`))
Promise.resolve()
  .then(() => log.push('tick 1'))
  .then(() => log.push('tick 2'))
  .then(() => log.push('tick 3'))
  .then(() => log.push('tick 4'))
  .then(() => log.push('tick 5'))
  .then(() => console.log(log.join(' | ')))
