// await and Promise.resolve skip an own then override on a native promise, but resolve(p) and returning p call it.
const p = Promise.resolve('native')
const realThen = Promise.prototype.then
Object.defineProperty(p, 'then', {
  value(this: Promise<string>, a: unknown, b: unknown) {
    console.log('overridden then called')
    return realThen.call(this, a as never, b as never)
  },
})
async function awaitIt() {
  const v = await p
  console.log('await got', v)
}
awaitIt()
new Promise((resolve) => resolve(p)).then((v) => console.log('executor resolve got', v))
Promise.resolve()
  .then(() => p)
  .then((v) => console.log('then-return got', v))
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p)
