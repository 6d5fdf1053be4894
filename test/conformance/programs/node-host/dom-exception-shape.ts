// DOMException has Node's shape: length 0, legacy code constants on the constructor and prototype, name/message/code as enumerable prototype getters, an instance owning only its stack.
console.log(DOMException.length, Object.getPrototypeOf(DOMException) === Function.prototype, Object.getPrototypeOf(DOMException.prototype) === Error.prototype)
console.log(Object.keys(DOMException).join(','))
console.log(Object.keys(DOMException.prototype).join(','))
for (const key of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key)!
  console.log(key, typeof d.get, d.get!.name, d.enumerable, d.configurable)
}
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag))
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR')))
const e = new DOMException('m', 'AbortError')
console.log(Reflect.ownKeys(e), e.name, e.message, e.code, String(e), Object.prototype.toString.call(e))
const d = new DOMException()
console.log(JSON.stringify([d.name, d.message, d.code]))
const withCause = new DOMException('late', { name: 'TimeoutError', cause: 'slow' })
console.log(withCause.name, withCause.code, withCause.cause, Reflect.ownKeys(withCause))
e.stack = 'AbortError: m\n    at frame (program.ts:1:1)'
console.log(e)
try {
  Reflect.get(DOMException.prototype, 'name', {})
} catch (error) {
  console.log((error as Error).name)
}
