// Async generator objects inherit from their function's prototype, which inherits from the realm's AsyncGeneratorPrototype, whose methods run on the event loop.
async function* numbers() {
  yield 1
  yield 2
}
const AsyncGeneratorPrototype = Object.getPrototypeOf(numbers.prototype)
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype)
const it = numbers()
console.log(Object.getPrototypeOf(it) === numbers.prototype, AsyncGeneratorPrototype === Object.getPrototypeOf(async function* () {}).prototype)
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).join(','), String(AsyncGeneratorPrototype[Symbol.toStringTag]))
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, Object.prototype.toString.call(it))
for (const name of ['next', 'return', 'throw']) {
  const method = AsyncGeneratorPrototype[name]
  console.log(name, method.name, method.length, Object.getOwnPropertyDescriptor(AsyncGeneratorPrototype, name)!.enumerable)
}
const order: string[] = []
AsyncGeneratorPrototype.next.call(it).then((r: IteratorResult<number>) => order.push(`next ${r.value}`))
Promise.resolve().then(() => order.push('tick 1')).then(() => order.push('tick 2')).then(() => order.push('tick 3'))
await AsyncGeneratorPrototype.return.call(it, 'done').then((r: IteratorResult<string>) => order.push(`return ${r.value} ${r.done}`))
await AsyncGeneratorPrototype.next.call({}).catch((e: Error) => order.push(`${e.constructor.name}`))
console.log(order.join(' | '))
numbers.prototype = null as never
console.log(Object.getPrototypeOf(numbers()) === AsyncGeneratorPrototype)
const custom = { marker: true }
numbers.prototype = custom as never
console.log(Object.getPrototypeOf(numbers()) === custom)
class Holder {
  static async *gen() {}
  async *[Symbol.asyncIterator]() {}
}
console.log(Object.getPrototypeOf(Holder.gen()) === Holder.gen.prototype, Object.getPrototypeOf(new Holder()[Symbol.asyncIterator]()) === Holder.prototype[Symbol.asyncIterator].prototype)
