// {"title": "A race condition without threads", "teaser": "JavaScript is single-threaded, so two withdrawals can't collide. Then where did the money go?", "host": "node", "tags": ["concurrency", "async-await", "patterns"]}
let balance = 100

async function withdraw(amount: number) {
  const current = balance // read
  await world.sleep(10) // e.g. a fraud check over the network
  balance = current - amount // write
}

await Promise.all([withdraw(30), withdraw(50)])
console.log('after two withdrawals:', balance)

// The same, but each withdrawal waits for the previous one: a promise-chain lock.
balance = 100
let lock: Promise<void> = Promise.resolve()
function locked(amount: number) {
  const run = lock.then(() => withdraw(amount))
  lock = run.catch(() => {}) // keep the chain alive if a withdrawal fails
  return run
}

await Promise.all([locked(30), locked(50)])
console.log('with the lock:       ', balance)
