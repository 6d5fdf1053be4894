// Special objects: getters shown as [Getter], Proxy shown as target, typed arrays, ArrayBuffer, arguments, boxed types.
const obj = {
  get g() {
    return 1
  },
  set s(_v: number) {},
}
console.log(obj)
console.log(new Proxy({ target: true }, {}))
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2))
console.log(new ArrayBuffer(4))
;(function (..._a: unknown[]) {
  console.log(arguments)
})(1, 'two')
console.log([1, 2, 3].entries())
console.log(new Map([[1, 2]]).keys())
console.log(globalThis.Symbol.iterator.description)
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }))
