// clearTimeout before the timer fires cancels it; clearing twice or with junk is harmless.
const a = setTimeout(() => console.log('A should not run'), 5)
const b = setTimeout(() => console.log('B runs'), 5)
clearTimeout(a)
clearTimeout(a)
clearTimeout(undefined)
clearTimeout(null as never)
clearTimeout(12345 as never)
setTimeout(() => console.log('C runs'), 5)
Promise.resolve().then(() => {
  const d = setTimeout(() => console.log('D should not run'), 1)
  queueMicrotask(() => clearTimeout(d))
})
