// throw() resumes the generator with an exception at the yield; it can catch and keep yielding.
async function* gen() {
  while (true) {
    try {
      const v = yield 'waiting'
      console.log('gen got', v)
    } catch (e) {
      console.log('gen caught', e)
      if (e === 'fatal') throw new Error('gen gave up')
    }
  }
}
const it = gen()
console.log(await it.next())
console.log(await it.next('hello'))
console.log(await it.throw('recoverable'))
try {
  await it.throw('fatal')
} catch (e) {
  console.log('caller caught', (e as Error).message)
}
console.log(await it.next('after death'))
