// Objects whose then is not callable are ordinary values and fulfil immediately.
const objs = [{ then: 5 }, { then: null }, { then: 'string' }, { then: { nested: true } }]
for (const [i, o] of objs.entries()) {
  Promise.resolve(o).then((v) => console.log(i, 'fulfilled with same object:', v === o))
}
const withCallable = { then: (r: (v: string) => void) => r('unwrapped') }
Promise.resolve(withCallable).then((v) => console.log('callable then ->', v))
