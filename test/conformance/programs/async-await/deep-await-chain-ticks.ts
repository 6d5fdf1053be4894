// A value threaded through four nested async functions (each awaiting the next) arrives a fixed number of ticks later.
async function d() {
  return 'leaf'
}
async function c() {
  return await d()
}
async function b() {
  return await c()
}
async function a() {
  return await b()
}
a().then((v) => console.log('a resolved', v))
let p = Promise.resolve()
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('tick', i))
