/**
 * Intrinsics captured when the runtime module is first evaluated — before any
 * learner code runs in the realm — so that a program replacing
 * `Array.prototype.push`, `Function.prototype.call`, `Symbol.iterator` or
 * `Object.prototype.then` cannot corrupt the runtime or its trace.
 *
 * Rules for runtime code that runs after the learner's program started:
 * - call prototype methods only through the uncurried functions below;
 * - never iterate with `for…of` or spread over values (iterators are patchable);
 * - create records with object literals or class fields (defined, not set), so
 *   setters on `Object.prototype` are never triggered.
 */

const { bind, call } = Function.prototype
/** `uncurryThis(Array.prototype.push)(array, x)` calls the original `push`. */
const uncurryThis: <T, A extends unknown[], R>(fn: (this: T, ...args: A) => R) => (self: T, ...args: A) => R = bind.bind(call) as never

/** Reflect.apply: the target's return type when it has a call signature, `unknown` otherwise (never `any`). */
export const ReflectApply = Reflect.apply as {
  <R>(target: (...args: never) => R, thisArg: unknown, args: ArrayLike<unknown>): R
  (target: object, thisArg: unknown, args: ArrayLike<unknown>): unknown
}
export const ReflectConstruct = Reflect.construct as (target: object, args: ArrayLike<unknown>, newTarget?: object) => object
export const ReflectGet = Reflect.get as (target: object, key: PropertyKey, receiver?: unknown) => unknown
export const ReflectHas = Reflect.has
export const ReflectOwnKeys = Reflect.ownKeys
export const ReflectGetPrototypeOf = Reflect.getPrototypeOf
export const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor
export const ReflectDeleteProperty = Reflect.deleteProperty
export const ReflectSet = Reflect.set
export const ReflectSetPrototypeOf = Reflect.setPrototypeOf

export const ObjectCreate = Object.create as (proto: object | null, properties?: PropertyDescriptorMap & ThisType<unknown>) => object
const nativeDefineProperty = Object.defineProperty
const nativeHasOwn = uncurryThis(Object.prototype.hasOwnProperty)
const DESCRIPTOR_FIELDS = ['value', 'writable', 'enumerable', 'configurable', 'get', 'set'] as const
/**
 * Object.defineProperty with the descriptor copied into a null-prototype
 * object first: a program defining `get` or `set` on Object.prototype must
 * not turn the runtime's data descriptors into accessor descriptors.
 */
export function ObjectDefineProperty<T>(target: T, key: PropertyKey, descriptor: PropertyDescriptor & ThisType<unknown>): T {
  const safe = ObjectCreate(null) as Record<string, unknown>
  for (let i = 0; i < DESCRIPTOR_FIELDS.length; i++) {
    const field = DESCRIPTOR_FIELDS[i]!
    if (nativeHasOwn(descriptor, field)) safe[field] = (descriptor as Record<string, unknown>)[field]
  }
  return nativeDefineProperty(target, key, safe as PropertyDescriptor)
}
export const ObjectDefineProperties = Object.defineProperties
export const ObjectFreeze = Object.freeze
export const ObjectGetPrototypeOf = Object.getPrototypeOf as (value: unknown) => object | null
export const ObjectSetPrototypeOf = Object.setPrototypeOf
export const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames
export const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols
export const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor
export const ObjectKeys = Object.keys
export const ObjectIs = Object.is
export const ObjectPrototype = Object.prototype
export const ObjectPrototypeHasOwnProperty = uncurryThis(Object.prototype.hasOwnProperty)
export const ObjectPrototypeToString = uncurryThis(Object.prototype.toString)
export const ObjectPrototypePropertyIsEnumerable = uncurryThis(Object.prototype.propertyIsEnumerable)

export const FunctionPrototypeToString = uncurryThis(Function.prototype.toString)
export const FunctionPrototypeBind = uncurryThis(Function.prototype.bind) as <F extends (...args: never[]) => unknown>(
  fn: F,
  thisArg: unknown,
  ...args: unknown[]
) => F
export const FunctionPrototype = Function.prototype

export const ArrayIsArray = Array.isArray
/** Reflect.defineProperty with a null-prototype copy of the descriptor (see ObjectDefineProperty). */
export function ReflectDefineProperty(target: object, key: PropertyKey, descriptor: PropertyDescriptor): boolean {
  try {
    ObjectDefineProperty(target, key, descriptor)
    return true
  } catch {
    return false
  }
}

/**
 * `array.push(...items)`, but each element is *defined*: setters a program put
 * on Array.prototype indexes are never called with the runtime's records.
 */
export function ArrayPrototypePush<T>(self: T[], ...items: T[]): number {
  for (let i = 0; i < items.length; i++)
    ObjectDefineProperty(self, self.length, { value: items[i], writable: true, enumerable: true, configurable: true })
  return self.length
}

/** `array[index] = value` that never calls an inherited index setter (appends define the element). */
export function ArrayStore<T>(self: T[], index: number, value: T): void {
  if (index < self.length) self[index] = value
  else ObjectDefineProperty(self, index, { value, writable: true, enumerable: true, configurable: true })
}
/**
 * A copy of `self`, and the removal of one element, made without Array.prototype's `slice` and
 * `splice`: those consult `constructor[Symbol.species]`, which a program can hook to see the
 * runtime's arrays.
 */
export function ArrayCopy<T>(self: readonly T[]): T[] {
  const out: T[] = []
  for (let i = 0; i < self.length; i++) ArrayStore(out, i, self[i]!)
  return out
}
export function ArrayRemoveAt<T>(self: T[], index: number): void {
  for (let i = index; i < self.length - 1; i++) self[i] = self[i + 1]!
  self.length = self.length - 1
}
export const ArrayPrototypePop = uncurryThis(Array.prototype.pop) as <T>(self: T[]) => T | undefined
export const ArrayPrototypeJoin = uncurryThis<readonly unknown[], [separator?: string], string>(Array.prototype.join)
export const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice) as <T>(self: readonly T[], start?: number, end?: number) => T[]
export const ArrayPrototypeSort = uncurryThis(Array.prototype.sort) as <T>(self: T[], compare?: (a: T, b: T) => number) => T[]
export const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes) as <T>(self: readonly T[], item: T) => boolean
export const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf) as <T>(self: readonly T[], item: T) => number
export const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice) as <T>(self: T[], start: number, count?: number) => T[]
export const ArrayPrototypeFill = uncurryThis(Array.prototype.fill) as <T>(self: T[], value: T) => T[]
export const ArrayPrototypeSymbolIterator = Array.prototype[Symbol.iterator]
export const ArrayIteratorPrototypeNext = uncurryThis((Object.getPrototypeOf([][Symbol.iterator]()) as Iterator<unknown>).next) as (
  self: Iterator<unknown>,
) => IteratorResult<unknown>

export const StringPrototypeSlice = uncurryThis(String.prototype.slice)
export const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf)
export const StringPrototypeIncludes = uncurryThis(String.prototype.includes)
export const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith)
export const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith)
export const StringPrototypeRepeat = uncurryThis(String.prototype.repeat)
export const StringPrototypeSplit = uncurryThis(String.prototype.split) as (
  self: string,
  separator: string | RegExp,
  limit?: number,
) => string[]
export const StringPrototypeReplace = uncurryThis(String.prototype.replace) as (
  self: string,
  pattern: string | RegExp,
  replacement: string | ((substring: string, ...args: unknown[]) => string),
) => string
export const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt)
export const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt)
export const StringPrototypeToLowerCase = uncurryThis(String.prototype.toLowerCase)
export const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase)
export const StringPrototypeTrim = uncurryThis(String.prototype.trim)
export const StringPrototypePadStart = uncurryThis(String.prototype.padStart)
export const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd)
export const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf)
export const StringFromCharCode = String.fromCharCode
export const StringCtor = String

export const RegExpPrototypeExec = uncurryThis(RegExp.prototype.exec)
export const RegExpPrototypeTest = uncurryThis(RegExp.prototype.test)
export const RegExpPrototypeToString = uncurryThis(RegExp.prototype.toString)

export const NumberPrototypeToString = uncurryThis<number, [radix?: number], string>(Number.prototype.toString)
export const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf)
export const NumberPrototypeToFixed = uncurryThis(Number.prototype.toFixed)
export const NumberIsInteger = Number.isInteger
export const NumberIsNaN = Number.isNaN
export const NumberParseFloat = Number.parseFloat
export const NumberParseInt = Number.parseInt
export const BigIntPrototypeToString = uncurryThis(BigInt.prototype.toString)
export const BigIntPrototypeValueOf = uncurryThis(BigInt.prototype.valueOf)
export const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf)
export const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString)
export const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf)
export const SymbolPrototypeDescriptionGetter = uncurryThis(
  Object.getOwnPropertyDescriptor(Symbol.prototype, 'description')!.get as (this: symbol) => string | undefined,
)
export const SymbolIterator: typeof Symbol.iterator = Symbol.iterator
export const SymbolAsyncIterator: typeof Symbol.asyncIterator = Symbol.asyncIterator
export const SymbolToStringTag: typeof Symbol.toStringTag = Symbol.toStringTag
export const SymbolSpecies: typeof Symbol.species = Symbol.species
export const SymbolHasInstance: typeof Symbol.hasInstance = Symbol.hasInstance
export const SymbolToPrimitive: typeof Symbol.toPrimitive = Symbol.toPrimitive
export const SymbolFor = Symbol.for

export const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime)
export const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString)
export const DatePrototypeToString = uncurryThis(Date.prototype.toString)
export const ErrorPrototypeToString = uncurryThis(Error.prototype.toString)

/** Math, as it was before any program ran. */
export const SafeMath = Object.freeze({
  floor: Math.floor,
  ceil: Math.ceil,
  round: Math.round,
  trunc: Math.trunc,
  max: Math.max,
  min: Math.min,
  abs: Math.abs,
  imul: Math.imul,
  sqrt: Math.sqrt,
})
export const MathFloor = Math.floor
export const MathMax = Math.max
export const MathMin = Math.min
export const MathRound = Math.round
export const MathSqrt = Math.sqrt
export const MathAbs = Math.abs
export const MathTrunc = Math.trunc
export const MathImul = Math.imul
export const JSONStringify = JSON.stringify
export const JSONParse = JSON.parse
export const MathCeil = Math.ceil
export const DecodeURIComponent = decodeURIComponent
export const EncodeURIComponent = encodeURIComponent

export const MapPrototypeGet = uncurryThis(Map.prototype.get) as <K, V>(self: Map<K, V>, key: K) => V | undefined
export const MapPrototypeSet = uncurryThis(Map.prototype.set) as <K, V>(self: Map<K, V>, key: K, value: V) => Map<K, V>
export const MapPrototypeHas = uncurryThis(Map.prototype.has) as <K, V>(self: Map<K, V>, key: K) => boolean
export const MapPrototypeDelete = uncurryThis(Map.prototype.delete) as <K, V>(self: Map<K, V>, key: K) => boolean
export const MapPrototypeKeys = uncurryThis(Map.prototype.keys) as <K, V>(self: Map<K, V>) => IterableIterator<K>
export const MapPrototypeEntries = uncurryThis(Map.prototype.entries) as <K, V>(self: Map<K, V>) => IterableIterator<[K, V]>
export const MapPrototypeValues = uncurryThis(Map.prototype.values) as <K, V>(self: Map<K, V>) => IterableIterator<V>
export const MapPrototypeGetSize = uncurryThis(
  Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get as (this: Map<unknown, unknown>) => number,
)
export const MapIteratorPrototypeNext = uncurryThis((Object.getPrototypeOf(new Map().entries()) as Iterator<unknown>).next) as <T>(
  self: Iterator<T>,
) => IteratorResult<T>
export const SetPrototypeHas = uncurryThis(Set.prototype.has) as <T>(self: Set<T>, value: T) => boolean
export const SetPrototypeAdd = uncurryThis(Set.prototype.add) as <T>(self: Set<T>, value: T) => Set<T>
export const SetPrototypeDelete = uncurryThis(Set.prototype.delete) as <T>(self: Set<T>, value: T) => boolean
export const SetPrototypeValues = uncurryThis(Set.prototype.values) as <T>(self: Set<T>) => IterableIterator<T>
export const SetPrototypeGetSize = uncurryThis(
  Object.getOwnPropertyDescriptor(Set.prototype, 'size')!.get as (this: Set<unknown>) => number,
)
export const SetIteratorPrototypeNext = uncurryThis((Object.getPrototypeOf(new Set().values()) as Iterator<unknown>).next) as <T>(
  self: Iterator<T>,
) => IteratorResult<T>
export const WeakMapPrototypeGet = uncurryThis(WeakMap.prototype.get) as <K extends object, V>(self: WeakMap<K, V>, key: K) => V | undefined
export const WeakMapPrototypeSet = uncurryThis(WeakMap.prototype.set) as <K extends object, V>(
  self: WeakMap<K, V>,
  key: K,
  value: V,
) => WeakMap<K, V>
export const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has) as <K extends object, V>(self: WeakMap<K, V>, key: K) => boolean
export const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has) as <T extends object>(self: WeakSet<T>, value: T) => boolean
export const WeakSetPrototypeAdd = uncurryThis(WeakSet.prototype.add) as <T extends object>(self: WeakSet<T>, value: T) => WeakSet<T>

const GeneratorPrototype = (Object.getPrototypeOf(function* () {}) as GeneratorFunction).prototype
export const GeneratorPrototypeNext = uncurryThis(GeneratorPrototype.next) as (self: Generator, value?: unknown) => IteratorResult<unknown>
export const GeneratorPrototypeThrow = uncurryThis(GeneratorPrototype.throw) as (self: Generator, error: unknown) => IteratorResult<unknown>
export const GeneratorPrototypeReturn = uncurryThis(GeneratorPrototype.return) as (
  self: Generator,
  value: unknown,
) => IteratorResult<unknown>

/** %TypedArray%.prototype, typed by one of its instances' shape (the methods live there, not on Uint8Array.prototype). */
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as Uint8Array
export const TypedArrayPrototypeSet = uncurryThis<ArrayLike<number>, [source: ArrayLike<number>, offset?: number], void>(
  TypedArrayPrototype.set,
)
export const TypedArrayPrototypeSubarray = uncurryThis(TypedArrayPrototype.subarray) as <T>(self: T, begin?: number, end?: number) => T
export const TypedArrayPrototypeSlice = uncurryThis(TypedArrayPrototype.slice) as <T>(self: T, begin?: number, end?: number) => T

export const ErrorCtor = Error
export const TypeErrorCtor = TypeError
export const RangeErrorCtor = RangeError
export const SyntaxErrorCtor = SyntaxError
export const ReferenceErrorCtor = ReferenceError
export const AggregateErrorCtor = AggregateError
export const ErrorCaptureStackTrace = (Error as { captureStackTrace?: (target: object, ctor?: unknown) => void }).captureStackTrace
export const NativePromise = Promise
export const NativeProxy = Proxy
export const NativeDate = Date
export const NativeMap = Map
export const NativeSet = Set
export const NativeWeakMap = WeakMap
export const NativeWeakSet = WeakSet
export const NativeWeakRef = WeakRef
export const NativeUint8Array = Uint8Array
export const NativeInt32Array = Int32Array
export const NativeFloat64Array = Float64Array
export const NativeFunction = Function

/** `typeof value === 'function'` without touching the value. */
export function isCallable(value: unknown): value is (...args: unknown[]) => unknown {
  return typeof value === 'function'
}

/** Whether `value` can be used with `new` (per IsConstructor), tested without running it. */
export function isConstructor(value: unknown): boolean {
  if (typeof value !== 'function') return false
  try {
    ReflectConstruct(String, [], value)
    return true
  } catch {
    return false
  }
}

export function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

// ---------------------------------------------------------------------------
// Intrinsics used by the console (value inspection, util.format semantics).
// ---------------------------------------------------------------------------

export const StringPrototypeNormalize = uncurryThis<string, [form?: string], string>(String.prototype.normalize)
export const NumberCtor = Number

/** `Function.prototype[Symbol.hasInstance]`: OrdinaryHasInstance, immune to a patched `instanceof` hook. */
export const FunctionPrototypeSymbolHasInstance = uncurryThis<unknown, [value: unknown], boolean>(
  (Function.prototype as unknown as Record<symbol, (this: unknown, value: unknown) => boolean>)[Symbol.hasInstance]!,
)
export const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {}) as object
export const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {}) as object
export const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {}) as object
export const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries()) as object
export const SetIteratorPrototype = Object.getPrototypeOf(new Set().values()) as object
export const RegExpPrototype = RegExp.prototype
export const NativeRegExp = RegExp
export const RegExpPrototypeSourceGetter = uncurryThis(
  Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')!.get as (this: RegExp) => string,
)

const typedArrayGetter = (name: string | symbol) =>
  uncurryThis(Object.getOwnPropertyDescriptor(TypedArrayPrototype, name)!.get as (this: unknown) => unknown)
/** The typed array's constructor name (`'Uint8Array'`…), or `undefined` when `self` is not a typed array. */
export const TypedArrayPrototypeGetSymbolToStringTag = typedArrayGetter(Symbol.toStringTag) as (self: unknown) => string | undefined
export const TypedArrayPrototypeGetLength = typedArrayGetter('length') as (self: unknown) => number
export const TypedArrayPrototypeGetByteLength = typedArrayGetter('byteLength') as (self: unknown) => number
export const TypedArrayPrototypeGetByteOffset = typedArrayGetter('byteOffset') as (self: unknown) => number
export const TypedArrayPrototypeGetBuffer = typedArrayGetter('buffer') as (self: unknown) => ArrayBuffer
export const ArrayBufferPrototypeGetByteLength = uncurryThis(
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')!.get as (this: ArrayBuffer) => number,
)
const SharedArrayBufferCtor = (globalThis as { SharedArrayBuffer?: { prototype: object } }).SharedArrayBuffer
/** `undefined` where `SharedArrayBuffer` is unavailable (non-isolated browser pages). */
export const SharedArrayBufferPrototypeGetByteLength = SharedArrayBufferCtor
  ? uncurryThis(Object.getOwnPropertyDescriptor(SharedArrayBufferCtor.prototype, 'byteLength')!.get as (this: unknown) => number)
  : undefined
export const DataViewPrototypeGetByteLength = uncurryThis(
  Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength')!.get as (this: DataView) => number,
)
export const StringPrototypeLastIndexOf = uncurryThis(String.prototype.lastIndexOf)
