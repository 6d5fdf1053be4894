// super property access works across awaits in async methods, including inside async arrows and static methods.
class Base {
  async load(tag: string) {
    await null
    return `base(${tag})`
  }
  static async make() {
    return 'Base.make'
  }
}
class Derived extends Base {
  async load(tag: string) {
    const first = await super.load(tag)
    const viaArrow = await (async () => {
      await null
      return super.load(tag + '!')
    })()
    return `derived[${first}, ${viaArrow}]`
  }
  static async make() {
    const b = await super.make()
    return 'Derived.make <- ' + b
  }
}
console.log(await new Derived().load('x'))
console.log(await Derived.make())
