// @host browser
// A rejection reported as unhandled and handled later fires rejectionhandled, after the late handler's own microtask.
let rejected!: Promise<never>
globalThis.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  e.preventDefault()
  console.log('unhandledrejection', String(e.reason))
  setTimeout(() => {
    console.log('attaching late handler')
    rejected.catch((r) => console.log('late catch ran', String(r)))
  }, 10)
})
globalThis.addEventListener('rejectionhandled', (e: PromiseRejectionEvent) => {
  console.log('rejectionhandled', String(e.reason), e.promise === rejected)
  console.log('done')
})
rejected = Promise.reject('boom')
