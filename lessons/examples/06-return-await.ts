// {"title": "return vs return await", "teaser": "Both return the same fulfilled promise. Why does the one doing extra work (an `await`) finish first?", "host": "node", "tags": ["async-await", "microtasks", "ordering"]}
const data = Promise.resolve('data')

async function plain() {
  return data
}
async function awaited() {
  return await data
}

// A clock that counts microtask ticks: each tick queues the next.
let tick = 0
function clock() {
  tick++
  if (tick < 6) queueMicrotask(clock)
}
queueMicrotask(clock)

plain().then(() => console.log('plain() settled at tick', tick))
awaited().then(() => console.log('awaited() settled at tick', tick))
