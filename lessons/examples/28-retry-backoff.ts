// {"title": "Retry with exponential backoff", "teaser": "The server says 503 three times before it relents. When does each retry go out, and when do we win?", "host": "node", "tags": ["patterns", "errors", "network", "timers"]}
let calls = 0
world.route('/flaky', {
  latencyMs: 30,
  body: () => (++calls <= 3 ? new Response('busy', { status: 503 }) : { answer: 42 }),
})
const t = () => `${Math.round(performance.now())} ms:`

async function fetchWithRetry(url: string, retries = 5, baseDelayMs = 100) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url)
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      return await res.json()
    } catch (error) {
      if (attempt > retries) throw error
      const delay = baseDelayMs * 2 ** (attempt - 1)
      console.log(t(), `attempt ${attempt} failed (${(error as Error).message}); retry in ${delay} ms`)
      await world.sleep(delay)
    }
  }
}

const result = await fetchWithRetry('/flaky')
console.log(t(), 'got', result)
