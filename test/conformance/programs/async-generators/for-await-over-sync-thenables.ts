// for await over a sync iterable unwraps thenables and promises that the sync iterator yields.
function* source() {
  console.log('sync gen: yield thenable')
  yield { then: (r: (v: string) => void) => r('from thenable') }
  console.log('sync gen: yield promise')
  yield Promise.resolve('from promise')
  console.log('sync gen: yield value')
  yield 'plain'
  console.log('sync gen: finished')
}
const loop = (async () => {
  for await (const v of source()) console.log('value', v)
})()
let p = Promise.resolve()
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('tick', i))
await loop
