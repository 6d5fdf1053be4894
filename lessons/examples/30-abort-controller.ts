// {"title": "Cancel stale requests with AbortController", "teaser": "Three searches fired as the user types, each slower than the gap. Which results ever get printed?", "host": "node", "tags": ["cancellation", "network", "patterns"]}
world.route('/search', { latencyMs: 300, body: (req) => `results for "${req.query.q}"` })
const t = () => `${Math.round(performance.now())} ms:`

let current: AbortController | undefined

async function search(q: string) {
  current?.abort() // the previous search is now stale
  const controller = new AbortController()
  current = controller
  try {
    const res = await fetch(`/search?q=${q}`, { signal: controller.signal })
    console.log(t(), await res.text())
  } catch (error) {
    console.log(t(), `"${q}":`, (error as Error).name)
  }
}

search('as')
setTimeout(() => search('asy'), 100)
setTimeout(() => search('async'), 200)

// A separate request with a deadline of its own.
try {
  await fetch('/search?q=everything', { signal: AbortSignal.timeout(150) })
} catch (error) {
  console.log(t(), '"everything":', (error as Error).name)
}
