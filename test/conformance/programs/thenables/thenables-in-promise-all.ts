// Promise.all unwraps thenables through Promise.resolve; sync, async and rejecting thenables interleave with a counter.
const sync = { then: (r: (v: string) => void) => r('sync') }
const later = { then: (r: (v: string) => void) => setTimeout(() => r('later'), 5) }
Promise.all([sync, 'plain', Promise.resolve('native')]).then((v) => console.log('all 1:', v.join(',')))
Promise.all([later, sync]).then((v) => console.log('all 2:', v.join(',')))
Promise.all([{ then: (_: unknown, j: (e: string) => void) => j('thenable rejected') }, later]).catch((e) => console.log('all 3:', e))
let p = Promise.resolve()
for (let i = 1; i <= 4; i++) p = p.then(() => console.log('tick', i))
