// Each async call returns a new promise; returning a promise never returns the same object.
const inner = Promise.resolve(1)
async function passThrough() {
  return inner
}
const a = passThrough()
const b = passThrough()
console.log('a !== inner', a !== inner, 'a !== b', a !== b)
console.log('a is Promise', a instanceof Promise, Object.getPrototypeOf(a) === Promise.prototype)
const af = async () => {}
console.log('async fn constructor name', af.constructor.name)
console.log('toStringTag', Object.prototype.toString.call(a))
console.log('values', await a, await b)
