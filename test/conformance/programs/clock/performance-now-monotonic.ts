// performance.now() is monotonic, fractional-capable and consistent with timer delays.
const t0 = performance.now()
let last = t0
let monotonic = true
for (let i = 0; i < 1000; i++) {
  const t = performance.now()
  if (t < last) monotonic = false
  last = t
}
console.log('monotonic over 1000 reads:', monotonic)
console.log('typeof', typeof t0, 't0 >= 0', t0 >= 0)
setTimeout(() => {
  const dt = performance.now() - t0
  console.log('timer(50) elapsed >= 45:', dt >= 45, 'and < 1000:', dt < 1000)
}, 50)
