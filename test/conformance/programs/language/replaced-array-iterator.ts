// A program that replaces Array.prototype[Symbol.iterator] (and other array and typed-array built-ins) still prints everything it logs.
Array.prototype[Symbol.iterator] = function* () {
  if (this.length > 0) yield this[0]
  if (this.length > 1) yield this[1]
  if (this.length > 2) yield 42
}
const [x, y, z] = [1, 2, 3]
console.log('destructured', x, y, z)

async function* numbers() {
  yield 1
  yield 2
}
const seen: number[] = []
for await (const n of numbers()) seen.push(n)
console.log('for await', seen.length, seen[0], seen[1])

Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), 'length', { get: () => 0 })
Array.prototype.push = function () {
  throw new Error('push replaced')
}
Array.prototype.slice = function () {
  return ['sliced']
}
Array.isArray = () => false
await Promise.resolve()
console.log('after await', [7, 8, 9].length)
setTimeout(() => console.log('timer', 'still', 'prints'), 5)
Promise.all([Promise.resolve('a'), 'b']).then((values) => console.log('all', values[0], values[1]))
