// {"title": "Resolving with a promise costs ticks", "teaser": "Four ways to wrap the same fulfilled promise. One is free; which ones cost extra microtask ticks?", "host": "node", "tags": ["promises", "microtasks"]}
const inner = Promise.resolve('x')

// A microtask clock: each tick queues the next.
let tick = 0
function clock() {
  tick++
  if (tick < 8) queueMicrotask(clock)
}
queueMicrotask(clock)
const report = (label: string) => () => console.log(`${label}: tick ${tick}`)

const viaResolve = Promise.resolve(inner)
const viaConstructor = new Promise((resolve) => resolve(inner))
const viaThen = Promise.resolve().then(() => inner)
const viaThenable = Promise.resolve({ then: (resolve: (v: string) => void) => resolve('x') })

console.log('Promise.resolve(inner) === inner?', viaResolve === inner)
viaResolve.then(report('Promise.resolve(inner)'))
viaConstructor.then(report('new Promise(r => r(inner))'))
viaThen.then(report('.then(() => inner)'))
viaThenable.then(report('Promise.resolve(thenable)'))
