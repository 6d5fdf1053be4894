// util.types brand checks.
import { types } from 'node:util'

async function af() {}
function* g() {}
console.log(types.isPromise(Promise.resolve()), types.isPromise({ then() {} }))
console.log(types.isAsyncFunction(af), types.isAsyncFunction(() => {}), types.isGeneratorFunction(g), types.isGeneratorObject(g()))
console.log(types.isDate(new Date()), types.isRegExp(/x/), types.isMap(new Map()), types.isSet(new Set()))
console.log(types.isNativeError(new TypeError()), types.isNativeError({ name: 'Error', message: '' }))
console.log(types.isTypedArray(new Uint8Array()), types.isUint8Array(new Uint16Array()), types.isArrayBuffer(new ArrayBuffer(1)))
console.log(types.isBoxedPrimitive(Object(1)), types.isNumberObject(Object(1)), types.isStringObject('s'))
console.log(types.isWeakMap(new WeakMap()), types.isMapIterator(new Map().keys()), types.isProxy(new Proxy({}, {})))
