// Symbol.species controls what then() constructs; MyP.resolve ignores species and uses this.
class MyP<T> extends Promise<T> {
  static get [Symbol.species]() {
    console.log('species read')
    return Promise
  }
}
const m = MyP.resolve(1)
console.log('MyP.resolve gives', m.constructor.name)
const t = m.then((x) => x)
console.log('then gives', t.constructor.name)
const f = m.finally(() => {})
console.log('finally gives', f.constructor.name)
const all = MyP.all([m])
console.log('MyP.all gives', all.constructor.name)
await all
