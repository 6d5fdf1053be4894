// A throw after an await in an un-awaited async function is an unhandled rejection: exit code 1 after the drain.
async function worker() {
  console.log('worker starts')
  await null
  console.log('worker after await')
  throw new Error('async failure nobody awaits')
}
worker()
Promise.resolve()
  .then(() => console.log('other microtask 1'))
  .then(() => console.log('other microtask 2'))
  .then(() => console.log('other microtask 3'))
setTimeout(() => console.log('never runs'), 0)
