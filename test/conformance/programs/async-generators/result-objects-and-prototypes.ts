// Async generator objects, their prototypes, and the shape of iteration results.
async function* gen() {
  yield 1
}
const it = gen()
console.log(Object.prototype.toString.call(it))
console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it)
const r = await it.next()
console.log(r, Object.keys(r))
console.log(Object.getPrototypeOf(r) === Object.prototype)
console.log(gen.constructor.name, Object.prototype.toString.call(gen))
console.log('next returns a Promise:', it.next() instanceof Promise)
