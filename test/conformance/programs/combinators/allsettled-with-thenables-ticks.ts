// allSettled over a fulfilling thenable, a rejecting thenable and a native promise settles after the slowest (thenable).
let p = Promise.resolve()
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i))
Promise.allSettled([
  { then: (r: (v: number) => void) => r(1) },
  { then: (_: unknown, j: (e: number) => void) => j(2) },
  Promise.resolve(3),
]).then((rs) => console.log('settled', rs.map((r) => r.status).join(',')))
Promise.allSettled([Promise.resolve(3)]).then(() => console.log('native-only allSettled'))
