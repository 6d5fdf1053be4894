// for await over an async generator with awaits inside; a counter chain shows the per-iteration tick cost.
async function* gen() {
  console.log('gen start')
  yield 'a'
  await null
  yield 'b'
  console.log('gen end')
}
;(async () => {
  for await (const v of gen()) console.log('got', v)
  console.log('loop done')
})()
let p = Promise.resolve()
for (let i = 1; i <= 10; i++) p = p.then(() => console.log('tick', i))
