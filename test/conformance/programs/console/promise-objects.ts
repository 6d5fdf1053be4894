// Promise states: fulfilled, pending, rejected (handled), with object and primitive values, and nested.
const fulfilled = Promise.resolve(1)
const pending = new Promise(() => {})
const rejected = Promise.reject(42)
rejected.catch(() => {})
const rejectedObj = Promise.reject({ code: 7 })
rejectedObj.catch(() => {})
console.log(fulfilled, pending, rejected)
console.log(Promise.resolve({ a: [1, 2] }), Promise.resolve('str'), Promise.resolve(undefined), rejectedObj)
console.log({ p: Promise.resolve(Promise.resolve(2)) })
const later = Promise.resolve().then(() => 'done later')
console.log('right away:', later)
await later
console.log('after await:', later)
class MyP<T> extends Promise<T> {}
console.log(MyP.resolve(3))
