// A throwing then getter rejects the promise with the thrown value, synchronously at resolution time.
const evil = {
  get then() {
    console.log('getter runs')
    throw 'getter exploded'
  },
}
const p = Promise.resolve(evil)
console.log('Promise.resolve returned')
p.catch((e) => console.log('rejected with:', e))
async function f() {
  return evil
}
f().catch((e) => console.log('async return rejected with:', e))
async function g() {
  try {
    await evil
  } catch (e) {
    console.log('await threw:', e)
  }
}
g()
console.log('sync end')
