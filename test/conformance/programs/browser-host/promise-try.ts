// @host browser
// Promise.try calls the function synchronously with extra arguments and turns sync throws into rejections.
console.log('before')
const a = Promise.try(() => {
  console.log('called synchronously')
  return 'sync value'
})
console.log('after')
const b = Promise.try(() => {
  throw new Error('sync throw')
})
const c = Promise.try((x: number, y: number) => x + y, 2, 3)
const d = Promise.try(async () => 'async value')
a.then((v) => console.log('a', v))
b.catch((e) => console.log('b rejected', e.message))
c.then((v) => console.log('c', v))
d.then((v) => console.log('d', v))
Promise.all([a, c, d]).then(() => setTimeout(() => console.log('done'), 0))
