// {"title": "Offload CPU work to a worker", "teaser": "The same 300 ms crunch, once on the main thread and once in a worker. Count the heartbeats.", "host": "node", "tags": ["performance", "concurrency", "patterns"]}
const t = () => `${Math.round(performance.now())} ms:`
let beats = 0
const heartbeat = setInterval(() => beats++, 50)

function crunch(n: number) {
  world.cpu(300) // e.g. resizing an image
  return n * 2
}

// 1. On the main thread.
console.log(t(), 'main thread result', crunch(21))
await world.sleep(0) // let the timers that came due run
console.log(t(), `heartbeats during it: ${beats}`)

// 2. In a worker: the main thread stays free.
beats = 0
const start = performance.now()
const worker = world.createWorker(crunch)
console.log(t(), 'worker result', await worker.run(21))
console.log(t(), `heartbeats during it: ${beats}`)
console.log(`the worker took ${Math.round(performance.now() - start)} ms`)
clearInterval(heartbeat)
