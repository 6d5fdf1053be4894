// return() or throw() on a not-yet-started async generator completes it without running the body.
async function* gen() {
  console.log('body ran (should not for the first two)')
  yield 1
}
const a = gen()
console.log(await a.return('bye'))
console.log(await a.next())
const b = gen()
try {
  await b.throw(new Error('thrown before start'))
} catch (e) {
  console.log('caught', (e as Error).message)
}
console.log(await b.next())
const c = gen()
console.log(await c.next())
