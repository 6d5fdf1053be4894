// A process 'unhandledRejection' listener prevents the crash; 'rejectionHandled' fires when a handler arrives later.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason, promise instanceof Promise)
})
process.on('rejectionHandled', (promise) => {
  console.log('rejectionHandled', promise === late)
})
const late = Promise.reject('first')
Promise.reject('second')
setTimeout(() => {
  console.log('timer attaches late handler')
  late.catch(() => console.log('late catch ran'))
}, 5)
setTimeout(() => console.log('program continues'), 20)
