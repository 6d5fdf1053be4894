// Every then/catch/finally call returns a new distinct promise, even with no handlers.
const p = Promise.resolve(1)
const a = p.then()
const b = p.then()
const c = p.catch(() => {})
const d = p.finally()
console.log(a === p, a === b, c === p, d === p)
console.log(a instanceof Promise, c instanceof Promise, d instanceof Promise)
Promise.all([a, b, c, d]).then((vs) => console.log(vs.join(',')))
