// setInterval repeats until cleared from inside its own callback; microtasks run after each repetition.
let n = 0
const id = setInterval(() => {
  n++
  console.log('interval', n)
  Promise.resolve().then(() => console.log('  microtask', n))
  if (n === 4) {
    clearInterval(id)
    console.log('cleared')
    setTimeout(() => console.log('after interval, n =', n), 20)
  }
}, 5)
