// await reads the constructor of a native promise; a foreign constructor makes it go through the promise's then.
let reads = 0
const p = Promise.resolve('value')
Object.defineProperty(p, 'constructor', {
  get() {
    reads++
    console.log('constructor read', reads)
    return Promise
  },
})
const v = await p
console.log('awaited', v, 'reads', reads)
const q = Promise.resolve('other')
Object.defineProperty(q, 'constructor', { value: function Fake() {} })
const realThen = q.then
Object.defineProperty(q, 'then', {
  value(this: Promise<string>, a: never, b: never) {
    console.log('then called because constructor is foreign')
    return realThen.call(this, a, b)
  },
})
console.log('awaited foreign', await q)
