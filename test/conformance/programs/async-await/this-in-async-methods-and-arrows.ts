// this is preserved across awaits in async methods and captured lexically by async arrows inside them.
class Counter {
  count = 0
  constructor(public name: string) {}
  async bump() {
    await null
    this.count++
    const arrow = async () => {
      await null
      this.count += 10
      return this.name
    }
    const who = await arrow()
    console.log(who, this.count)
  }
  static async create(name: string) {
    await null
    return new this(name)
  }
}
const c = new Counter('c1')
await c.bump()
const d = await Counter.create('static-made')
console.log(d instanceof Counter, d.name)
const unbound = c.bump
await unbound.call({ name: 'borrowed', count: 100 })
const obj = {
  label: 'obj',
  async method() {
    await null
    return this.label
  },
}
console.log(await obj.method())
