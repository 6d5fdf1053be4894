// next() calls made without awaiting queue up and resolve in order, even though the generator awaits in between.
async function* gen() {
  console.log('gen started')
  await new Promise((r) => setTimeout(r, 5))
  yield 'one'
  await null
  yield 'two'
  return 'three'
}
const it = gen()
const p1 = it.next()
const p2 = it.next()
const p3 = it.next()
const p4 = it.next()
console.log('four next() calls queued')
p3.then((r) => console.log('p3 settled', r))
p1.then((r) => console.log('p1 settled', r))
p4.then((r) => console.log('p4 settled', r))
p2.then((r) => console.log('p2 settled', r))
