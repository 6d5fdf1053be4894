// @host browser
// Microtasks queued by one rAF callback (promise, queueMicrotask, await) run before the next rAF callback in the same frame.
requestAnimationFrame(async () => {
  console.log('raf A start')
  Promise.resolve().then(() => console.log('A promise'))
  queueMicrotask(() => console.log('A queueMicrotask'))
  await null
  console.log('A after await')
  await null
  console.log('A after second await')
})
requestAnimationFrame(() => {
  console.log('raf B')
  queueMicrotask(() => {
    console.log('B microtask')
    console.log('done')
  })
})
Promise.resolve().then(() => console.log('microtask before any frame'))
console.log('sync end')
