// {"title": "A busy loop delays every timer", "teaser": "A timer asks for 10 ms and another for 0 ms. When do they fire if the main thread is busy computing?", "host": "node", "tags": ["timers", "performance", "ordering"]}
const start = performance.now()
const t = () => `${Math.round(performance.now() - start)} ms:`

setTimeout(() => console.log(t(), 'the 10 ms timer fires'), 10)
setTimeout(() => console.log(t(), 'the 0 ms timer fires'), 0)

// Count the primes below 3,000 the slow way: pure synchronous work.
console.log(t(), 'counting primes…')
let primes = 0
for (let n = 2; n < 3000; n++) {
  let isPrime = true
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      isPrime = false
      break
    }
  }
  if (isPrime) primes++
}
console.log(t(), `found ${primes} primes`)
