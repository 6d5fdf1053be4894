// Promise-based sleeps chained sequentially interleave with independent timers by absolute expiry (wide margins).
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
;(async () => {
  await sleep(10)
  console.log('seq at ~10')
  await sleep(50)
  console.log('seq at ~60')
  await sleep(50)
  console.log('seq at ~110')
})()
setTimeout(() => console.log('fixed 35'), 35)
setTimeout(() => console.log('fixed 90'), 90)
setTimeout(() => console.log('fixed 180'), 180)
