// @host browser
// unhandledrejection fires (as a task, after microtasks) only for rejections still unhandled after the checkpoint.
globalThis.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  e.preventDefault()
  console.log('unhandledrejection', String(e.reason), e.promise instanceof Promise)
  setTimeout(() => console.log('done'), 20)
})
const handledSoon = Promise.reject('handled within the checkpoint')
Promise.resolve()
  .then(() => null)
  .then(() => {
    handledSoon.catch(() => console.log('late-but-in-time catch ran'))
  })
Promise.reject('really unhandled')
console.log('sync end')
