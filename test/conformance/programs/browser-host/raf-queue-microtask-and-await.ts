// @host browser
// Async functions started in a rAF callback finish their microtask work before the next rAF callback runs.
async function work(name: string) {
  console.log(name, 'step 1')
  await null
  console.log(name, 'step 2')
  await Promise.resolve()
  console.log(name, 'step 3')
}
requestAnimationFrame(() => {
  work('first')
  queueMicrotask(() => console.log('queued after work started'))
})
requestAnimationFrame(() => {
  console.log('second raf callback')
  requestAnimationFrame(() => console.log('done'))
})
