// {"title": "process.nextTick starves the loop", "teaser": "A 0 ms timer, two promises and 100 'polite' nextTicks. Which of them has to wait 100 ms?", "host": "node", "tags": ["node", "microtasks", "timers", "performance"]}
const t = () => `${Math.round(performance.now())} ms:`

setTimeout(() => console.log(t(), 'setTimeout 0'), 0)
Promise.resolve().then(() => console.log(t(), 'promise (queued at the top level)'))

let done = 0
function processItem() {
  world.cpu(1) // 1 ms of work per item
  done++
  if (done === 1) Promise.resolve().then(() => console.log(t(), 'promise (queued by the first tick)'))
  if (done < 100) process.nextTick(processItem) // "do the rest later"
  else console.log(t(), 'all 100 items done')
}
process.nextTick(processItem)
console.log(t(), 'main script done')
