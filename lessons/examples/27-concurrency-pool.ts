// {"title": "A concurrency-limited pool", "teaser": "Ten downloads, never more than three at once. How long does it take, and who downloads what?", "host": "node", "tags": ["concurrency", "patterns", "network"]}
world.route('/img/:id', { latencyMs: 100, jitterMs: 150, body: (req) => `image ${req.params.id}` })
const LIMIT = 3
const queue = Array.from({ length: 10 }, (_, i) => i + 1)
const t = () => `${Math.round(performance.now())} ms:`

let inFlight = 0
let peak = 0
async function download(id: number) {
  inFlight++
  peak = Math.max(peak, inFlight)
  const res = await fetch(`/img/${id}`)
  await res.text()
  inFlight--
}

// Each worker takes the next id from the shared queue until it is empty.
async function worker(name: string) {
  while (queue.length > 0) {
    const id = queue.shift()!
    await download(id)
    console.log(t(), `${name} finished image ${id}`)
  }
}

const workers = Array.from({ length: LIMIT }, (_, i) => worker(`worker ${i + 1}`))
await Promise.all(workers)
console.log(t(), `all done; at most ${peak} downloads at once`)
