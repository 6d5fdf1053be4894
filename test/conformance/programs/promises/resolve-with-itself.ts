// Resolving a promise with itself rejects it with a TypeError, asynchronously through a then chain too.
let resolveSelf!: (v: unknown) => void
const p: Promise<unknown> = new Promise((r) => (resolveSelf = r))
resolveSelf(p)
p.catch((e) => {
  console.log('self-resolution:', e.constructor.name, e instanceof TypeError)
})
const q: Promise<unknown> = Promise.resolve().then(() => q)
q.catch((e) => {
  console.log('then returning own promise:', e.constructor.name)
})
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'))
