// catch() and finally() look up and call this.then, so an own then property on a promise observes them.
const p = Promise.resolve('v')
const originalThen = p.then
Object.defineProperty(p, 'then', {
  value(this: Promise<string>, onF: unknown, onR: unknown) {
    console.log('then called with', typeof onF, typeof onR)
    return originalThen.call(this, onF as never, onR as never)
  },
})
p.catch(() => {})
p.finally(() => console.log('finally body'))
const fakeCatch = Promise.prototype.catch.call(
  { then: (a: unknown, b: unknown) => `fake then got ${typeof a},${typeof b}` },
  () => {},
)
console.log(fakeCatch)
