// Promise.resolve returns its argument unchanged only for native promises whose constructor is Promise.
const p = Promise.resolve(1)
console.log('same promise:', Promise.resolve(p) === p)
const pending = new Promise(() => {})
console.log('same pending:', Promise.resolve(pending) === pending)
const thenable = { then(r: (v: number) => void) { r(2) } }
console.log('thenable wrapped:', Promise.resolve(thenable) !== (thenable as unknown))
const q = Promise.resolve(3)
Object.defineProperty(q, 'constructor', { value: Object })
console.log('foreign constructor wrapped:', Promise.resolve(q) !== q)
class Sub<T> extends Promise<T> {}
const s = Sub.resolve(4)
console.log('subclass into Promise.resolve:', Promise.resolve(s) === s)
console.log('subclass into Sub.resolve:', Sub.resolve(s) === s)
console.log('native into Sub.resolve:', Sub.resolve(p) === (p as unknown))
const rejected = Promise.reject(new Error('x'))
console.log('rejected same:', Promise.resolve(rejected) === rejected)
rejected.catch(() => console.log('handled'))
