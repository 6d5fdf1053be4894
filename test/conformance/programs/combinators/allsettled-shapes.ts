// allSettled reports status/value/reason objects in input order, never rejecting.
const results = await Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('nope')),
  'plain',
  { then: (_: unknown, rej: (e: string) => void) => rej('thenable rejected') },
  new Promise((r) => setTimeout(() => r('late'), 5)),
])
for (const r of results) {
  if (r.status === 'fulfilled') console.log(r.status, r.value, Object.keys(r).join('+'))
  else console.log(r.status, r.reason instanceof Error ? r.reason.message : r.reason, Object.keys(r).join('+'))
}
