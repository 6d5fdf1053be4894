// [util.inspect.custom] controls how console.log and util.inspect print an object.
import util from 'node:util'

class Box {
  constructor(private value: unknown) {}
  [util.inspect.custom](depth: number, options: util.InspectOptionsStylized, inspect: typeof util.inspect) {
    if (depth < 0) return '[Box]'
    return `Box<${inspect(this.value, { ...options, depth: options.depth === null ? null : (options.depth as number) - 1 })}>`
  }
}
console.log(new Box(42))
console.log(new Box({ a: [1, 2, { b: 3 }] }))
console.log({ nested: { nested: { box: new Box('deep') } } })
console.log(util.inspect(new Box(new Box('x'))))
const password = { user: 'ada', [util.inspect.custom]: () => ({ user: 'ada', password: '***' }) }
console.log(password)
