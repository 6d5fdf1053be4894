// @host browser
// cancelAnimationFrame from an earlier callback in the same frame prevents a later already-scheduled callback.
let bHandle = 0
requestAnimationFrame(() => {
  console.log('a cancels b')
  cancelAnimationFrame(bHandle)
})
bHandle = requestAnimationFrame(() => console.log('b should not run'))
const cHandle = requestAnimationFrame(() => console.log('c cancelled synchronously, should not run'))
cancelAnimationFrame(cHandle)
requestAnimationFrame(() => {
  console.log('d runs')
  console.log('handles are positive integers', Number.isInteger(bHandle) && bHandle > 0, cHandle > bHandle)
  console.log('done')
})
