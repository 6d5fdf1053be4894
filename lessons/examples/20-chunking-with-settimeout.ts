// {"title": "Chunking long work with setTimeout", "teaser": "600 items, 60 ms of work, a heartbeat every 20 ms. Set CHUNK to 600 and watch the heartbeat vanish.", "host": "node", "tags": ["timers", "performance", "patterns"]}
const CHUNK = 100 // items per task; try 600 (all at once) or 10
const items = Array.from({ length: 600 }, (_, i) => i + 1)
const t = () => `${Math.round(performance.now())} ms:`

const heartbeat = setInterval(() => console.log(t(), 'heartbeat'), 20)

let sum = 0
function processFrom(start: number) {
  const end = Math.min(start + CHUNK, items.length)
  for (let i = start; i < end; i++) {
    world.cpu(0.1) // 0.1 ms of work per item
    sum += items[i]!
  }
  if (end < items.length) {
    setTimeout(() => processFrom(end), 0) // give the loop a turn
  } else {
    console.log(t(), `sum = ${sum}`)
    clearInterval(heartbeat)
  }
}
processFrom(0)
