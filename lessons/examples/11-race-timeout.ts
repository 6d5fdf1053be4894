// {"title": "Promise.race for timeouts", "teaser": "The timeout wins the race and we move on. Does the slow request stop, though?", "host": "node", "tags": ["promises", "timers", "cancellation", "network"]}
world.route('/report', { latencyMs: 500, body: 'the big report' })
const t = () => `${Math.round(performance.now())} ms:`

function timeout(ms: number) {
  return new Promise<never>((_, reject) =>
    setTimeout(() => {
      console.log(t(), `the ${ms} ms timer fires`)
      reject(new Error(`timed out after ${ms} ms`))
    }, ms),
  )
}

const request = fetch('/report').then(async (res) => {
  const text = await res.text()
  console.log(t(), 'request finished:', text)
  return text
})

try {
  console.log(t(), 'got', await Promise.race([request, timeout(200)]))
} catch (error) {
  console.log(t(), 'race lost:', (error as Error).message)
}
console.log(t(), 'moving on')

// The other way round: the request wins. What about the timer?
const quick = await Promise.race([fetch('/quick').then((r) => r.status), timeout(1000)])
console.log(t(), 'quick request won with status', quick)
