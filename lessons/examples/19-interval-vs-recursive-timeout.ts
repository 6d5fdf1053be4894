// {"title": "setInterval vs recursive setTimeout", "teaser": "Both repeat 'every 50 ms' a job that takes 30 ms. Why do they drift apart?", "host": "node", "tags": ["timers", "patterns", "performance"]}
const t = () => Math.round(performance.now())

function job() {
  world.cpu(30) // the job itself takes 30 ms
}

// 1. setInterval: five runs.
let start = t()
const withInterval: number[] = []
await new Promise<void>((done) => {
  const id = setInterval(() => {
    withInterval.push(t() - start)
    job()
    if (withInterval.length === 5) {
      clearInterval(id)
      done()
    }
  }, 50)
})
console.log('setInterval ran at         ', withInterval.join(', '), 'ms')

// 2. A setTimeout that re-arms itself when the job is done: five runs.
start = t()
const withTimeout: number[] = []
await new Promise<void>((done) => {
  function again() {
    withTimeout.push(t() - start)
    job()
    if (withTimeout.length < 5) setTimeout(again, 50)
    else done()
  }
  setTimeout(again, 50)
})
console.log('recursive setTimeout ran at', withTimeout.join(', '), 'ms')
