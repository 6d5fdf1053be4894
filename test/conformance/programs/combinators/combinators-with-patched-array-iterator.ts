// A program replacing Array.prototype[Symbol.iterator] sees it called for the arrays it passes to the combinators, and nowhere else.
let iterated = 0
const arrayIterator = Array.prototype[Symbol.iterator]
Array.prototype[Symbol.iterator] = function (this: unknown[]) {
  iterated++
  return arrayIterator.call(this)
}
const all = await Promise.all([1, Promise.resolve(2)])
const settled = await Promise.allSettled([Promise.reject(new Error('no')), 3])
const any = await Promise.any([Promise.reject(new Error('first')), Promise.resolve(4)])
const counted = iterated
Array.prototype[Symbol.iterator] = arrayIterator
console.log('all', all.join(','), 'settled', settled.map((s) => s.status).join(','), 'any', any)
console.log('iterator calls', counted)
