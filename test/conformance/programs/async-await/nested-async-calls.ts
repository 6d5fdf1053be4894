// Nested async calls run synchronously into the innermost await, then unwind one tick per level.
async function inner() {
  console.log('inner start')
  await null
  console.log('inner after await')
  return 'inner'
}
async function middle() {
  console.log('middle start')
  const v = await inner()
  console.log('middle got', v)
  return 'middle'
}
async function outer() {
  console.log('outer start')
  const v = await middle()
  console.log('outer got', v)
}
outer()
console.log('sync after outer()')
let p = Promise.resolve()
for (let i = 1; i <= 4; i++) p = p.then(() => console.log('tick', i))
