// @host browser
// Every task source (timer, message, rAF) runs only after the microtask queue is empty; cross-source order is not asserted.
const arrived: string[] = []
let microtasksDone = false
let seen = 0
const report = (name: string) => {
  arrived.push(name + (microtasksDone ? ':after-microtasks' : ':too-early'))
  if (++seen === 3) {
    console.log(arrived.sort().join(' '))
    console.log('done')
  }
}
setTimeout(() => report('timeout'), 0)
const ch = new MessageChannel()
ch.port2.onmessage = () => report('message')
ch.port1.postMessage(null)
requestAnimationFrame(() => report('raf'))
let p = Promise.resolve()
for (let i = 1; i <= 20; i++) p = p.then(() => {})
p.then(() => {
  microtasksDone = true
  console.log('20 chained microtasks finished')
})
console.log('sync end')
