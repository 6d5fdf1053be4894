// An interval interleaves with timeouts by expiry; a timeout cleared from the interval's first run never fires.
let i = 0
const victim = setTimeout(() => console.log('victim should not run'), 70)
const id = setInterval(() => {
  i++
  console.log('interval', i)
  if (i === 1) clearTimeout(victim)
  if (i === 2) clearInterval(id)
}, 40)
setTimeout(() => console.log('timeout 20'), 20)
setTimeout(() => console.log('timeout 60'), 60)
