// util.isDeepStrictEqual: structure, types and prototypes all count.
import { isDeepStrictEqual } from 'node:util'

console.log(isDeepStrictEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }))
console.log(isDeepStrictEqual({ a: 1 }, { a: '1' }), isDeepStrictEqual([1, 2], [2, 1]))
console.log(isDeepStrictEqual(NaN, NaN), isDeepStrictEqual(0, -0), isDeepStrictEqual(new Date(5), new Date(5)))
console.log(isDeepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])))
console.log(isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), isDeepStrictEqual(/a/g, /a/i))
class P { x = 1 }
console.log(isDeepStrictEqual(new P(), { x: 1 }), isDeepStrictEqual(Object.create(null), {}))
const c1: any = { v: 1 }
c1.self = c1
const c2: any = { v: 1 }
c2.self = c2
console.log(isDeepStrictEqual(c1, c2), isDeepStrictEqual([1, , 3], [1, undefined, 3]))
console.log(isDeepStrictEqual(new Error('x'), new Error('x')), isDeepStrictEqual(new Error('x'), new Error('y')))
console.log(isDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), isDeepStrictEqual({ [Symbol.for('s')]: 1 }, {}))
