// A recursive nextTick chain runs entirely before promise reactions queued at the same time (inside a timer).
setTimeout(() => {
  let n = 0
  const spin = () => {
    n++
    console.log('tick', n)
    if (n < 5) process.nextTick(spin)
  }
  Promise.resolve().then(() => console.log('promise waits for all ticks, n =', n))
  process.nextTick(spin)
}, 1)
