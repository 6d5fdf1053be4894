// Promises show their state; functions their kind and name.
const pending = new Promise(() => {})
const fulfilled = Promise.resolve({ ok: true })
const rejected = Promise.reject(new Error('nope'))
rejected.catch(() => {})
console.log(pending, fulfilled)
async function load() {}
function* gen() {}
async function* agen() {}
class K {}
console.log(load, gen, agen, K, () => {}, function named() {}, Math.max)
const f = Object.assign(function withProps() {}, { version: 2 })
console.log(f)
console.log([pending, fulfilled])
