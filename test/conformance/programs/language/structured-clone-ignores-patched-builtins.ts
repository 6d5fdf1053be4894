// structuredClone copies with the realm's own machinery: a program's patched iterators, slice, species and setters are never called.
let calls = ''
const arrayIterator = Array.prototype[Symbol.iterator]
Array.prototype[Symbol.iterator] = function (this: unknown[]) {
  calls += 'array iterator; '
  return arrayIterator.call(this)
}
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype)
const slice = typedArrayPrototype.slice
typedArrayPrototype.slice = function (this: Uint8Array, ...args: number[]) {
  calls += 'typed array slice; '
  return slice.apply(this, args)
}
Object.defineProperty(Uint8Array, Symbol.species, { get() { calls += 'species; '; return Uint8Array } })
Object.defineProperty(Object.prototype, 'trap', { set(_v: unknown) { calls += 'setter; ' }, configurable: true })
Object.defineProperty(Array.prototype, 0, { set(_v: unknown) { calls += 'index setter; ' }, configurable: true })

const bytes = new Uint8Array([1, 2, 3, 4]).subarray(1, 3)
const view = new DataView(new Uint8Array([9, 8, 7]).buffer, 1, 2)
const copy = structuredClone({ map: new Map([['k', 1]]), bytes, view, trap: 'own', list: ['first'] })
delete (Array.prototype as any)[0]
delete (Object.prototype as any).trap
Array.prototype[Symbol.iterator] = arrayIterator

console.log('map', copy.map.get('k'), 'bytes', Array.from(copy.bytes).join(','), copy.bytes.byteOffset, copy.bytes.buffer.byteLength)
console.log('view', copy.view.getUint8(0), copy.view.getUint8(1), copy.view.byteOffset, copy.view.byteLength, copy.view.buffer !== view.buffer)
const shared = new Uint8Array(8)
const pair = structuredClone([shared.subarray(0, 2), new DataView(shared.buffer, 4)])
console.log('shared buffer stays shared', pair[0].buffer === pair[1].buffer, pair[1].byteOffset)
console.log('own trap', Object.getOwnPropertyDescriptor(copy, 'trap')?.value, 'list', copy.list[0])
console.log('calls', calls === '' ? 'none' : calls)
