// AbortController, AbortSignal and EventTarget members are enumerable as Node's, with Symbol.toStringTag a data property after the inspect hook; CustomEvent has length 1; MessageEvent's getters are named 'get'.
const enumerable = (proto: object) => Object.keys(proto).join(',')
console.log(enumerable(AbortController.prototype))
console.log(enumerable(AbortSignal.prototype))
console.log(enumerable(EventTarget.prototype))
console.log(Reflect.ownKeys(AbortController.prototype).map(String).join(','))
console.log(Object.getOwnPropertyDescriptor(AbortSignal.prototype, Symbol.toStringTag))
const inspectHook = Symbol.for('nodejs.util.inspect.custom')
const hook = Object.getOwnPropertyDescriptor(AbortController.prototype, inspectHook)!.value as (...args: unknown[]) => unknown
const eventHook = Object.getOwnPropertyDescriptor(Event.prototype, inspectHook)!.value as (...args: unknown[]) => unknown
console.log(hook.length, eventHook.length)
console.log(CustomEvent.length, Event.length, new CustomEvent('x', { detail: 2 }).detail)
console.log(Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get!.name)
const promisified = Object.getOwnPropertyDescriptor(setTimeout, Symbol.for('nodejs.util.promisify.custom'))!
console.log(promisified.get!.name, promisified.enumerable, promisified.configurable)
console.log(typeof MessagePort.prototype.hasRef.prototype, typeof MessagePort.prototype.close.prototype)
console.log(new Headers({ a: '1' }))
console.log(new AbortController())
