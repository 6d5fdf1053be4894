// {"title": "Promise.all vs allSettled", "teaser": "One of three requests fails. How long until each combinator reports, and what does it report?", "host": "node", "tags": ["promises", "errors", "concurrency", "network"]}
world.route('/fast', { latencyMs: 100, body: 'fast' })
world.route('/broken', { latencyMs: 150, failEvery: 1 }) // every request fails
world.route('/slow', { latencyMs: 400, body: 'slow' })
const urls = ['/fast', '/broken', '/slow']

const get = (url: string) => fetch(url).then((res) => res.text())
let start = performance.now()
const ms = () => `${Math.round(performance.now() - start)} ms`

try {
  const texts = await Promise.all(urls.map(get))
  console.log(ms(), 'all:', texts)
} catch (error) {
  console.log(ms(), 'all rejected:', (error as Error).message)
}

start = performance.now()
const results = await Promise.allSettled(urls.map(get))
console.log(ms(), 'allSettled:')
for (const r of results) {
  console.log('  ', r.status, r.status === 'fulfilled' ? r.value : (r.reason as Error).message)
}
