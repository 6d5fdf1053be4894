// util.inspect with depth, compact, breakLength, sorted, maxArrayLength and showHidden.
import { inspect } from 'node:util'

const obj = { a: { b: { c: { d: { e: 1 } } } }, list: [3, 1, 2], name: 'x' }
console.log(inspect(obj))
console.log(inspect(obj, { depth: 0 }))
console.log(inspect(obj, { depth: Infinity }))
console.log(inspect(obj, { compact: false }))
console.log(inspect(obj, { breakLength: Infinity, depth: null }))
console.log(inspect({ b: 2, a: 1, c: 3 }, { sorted: true }))
console.log(inspect(Array.from({ length: 150 }, (_, i) => i), { maxArrayLength: 5 }))
console.log(inspect([1, 2], { showHidden: true }))
console.log(inspect('a'.repeat(30), { maxStringLength: 10 }))
console.log(inspect(obj, false, 1))
