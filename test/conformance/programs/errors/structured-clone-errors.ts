// structuredClone keeps an error's type (by name), message and cause, drops its own name, and copies Map, Set, Date, RegExp, typed arrays and cycles as Node does.
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const c = structuredClone(new E('bad', { cause: 'why' }))
  console.log(c instanceof E, c.constructor.name, Object.keys(c), c.cause, c.message, Object.getOwnPropertyNames(c).join(','), c.name)
}
const ag = structuredClone(new AggregateError([1], 'agg'))
console.log(ag instanceof AggregateError, Object.getOwnPropertyNames(ag).join(','), ag.message)
class MyErr extends Error { name = 'MyErr' }
const m = structuredClone(new MyErr('x'))
console.log(m.constructor.name, m.name, Object.getOwnPropertyNames(m).join(','))
const e2 = new Error('n'); e2.name = 'TypeError'
const c2 = structuredClone(e2); console.log(c2.constructor.name, c2.name)
const circ: any = { a: new Map([[1, { b: new Set([2]) }]]), d: new Date(0), r: /x/gi, t: new Uint8Array([1, 2]) }
circ.self = circ
const cc = structuredClone(circ)
console.log(cc.self === cc, cc.a.get(1).b.has(2), cc.d.getTime(), cc.r.flags, cc.t[1], cc)
