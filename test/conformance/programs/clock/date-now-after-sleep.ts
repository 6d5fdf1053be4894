// Date.now() advances across awaited timers by at least the requested delay (printed only as comparisons).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const start = Date.now()
console.log('never goes backwards:', Date.now() >= start)
await sleep(100)
const elapsed = Date.now() - start
console.log('after sleep(100): elapsed >= 95', elapsed >= 95)
console.log('after sleep(100): elapsed < 1000', elapsed < 1000)
const mid = Date.now()
await sleep(20)
console.log('monotonic', Date.now() >= mid, Date.now() - mid >= 15)
