// forEach with an async callback does not wait; map + Promise.all and for-of with await do.
const delays = [30, 10, 20]
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
const order: number[] = []
delays.forEach(async (d) => {
  await wait(d)
  order.push(d)
  console.log('forEach item done', d)
})
console.log('forEach returned immediately, order so far:', order.length)
const mapped = await Promise.all(delays.map(async (d) => { await wait(d); return d * 2 }))
console.log('map+all results keep input order:', mapped.join(','))
for (const d of delays) {
  await wait(d / 10)
  console.log('for-of sequential', d)
}
const reduced = await delays.reduce<Promise<number>>(async (accP, d) => (await accP) + d, Promise.resolve(0))
console.log('async reduce', reduced)
const filtered = delays.filter(async (d) => d > 15)
console.log('filter with async predicate keeps all (promises are truthy):', filtered.length)
