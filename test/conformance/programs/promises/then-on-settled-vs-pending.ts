// Reactions registered on an already-settled promise are queued at registration; on a pending one, at settlement.
let resolvePending!: () => void
const pending = new Promise<void>((r) => (resolvePending = r))
const settled = Promise.resolve()
pending.then(() => console.log('pending reaction 1'))
settled.then(() => console.log('settled reaction 1'))
pending.then(() => console.log('pending reaction 2'))
Promise.resolve().then(() => {
  console.log('resolving pending now')
  resolvePending()
  settled.then(() => console.log('settled reaction registered late'))
})
settled.then(() => console.log('settled reaction 2'))
