/**
 * Brand checks: which built-in kind an object really is (its internal slots),
 * decided the way `util.types` does, but in plain JavaScript and without
 * running learner code. Each check calls an intrinsic getter or method captured
 * in `primordials.ts` that throws on receivers lacking the slot.
 */
import {
  ArrayBufferPrototypeGetByteLength,
  AsyncFunctionPrototype,
  AsyncGeneratorFunctionPrototype,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetByteLength,
  DatePrototypeGetTime,
  ErrorCtor,
  FunctionPrototypeSymbolHasInstance,
  GeneratorFunctionPrototype,
  MapIteratorPrototype,
  MapPrototypeGetSize,
  NumberPrototypeValueOf,
  ObjectGetPrototypeOf,
  ObjectPrototypeToString,
  ReflectGetOwnPropertyDescriptor,
  RegExpPrototype,
  RegExpPrototypeSourceGetter,
  SetIteratorPrototype,
  SetPrototypeGetSize,
  SharedArrayBufferPrototypeGetByteLength,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
  SymbolToStringTag,
  TypedArrayPrototypeGetSymbolToStringTag,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} from '../primordials.ts'

const probe = {}

/** Runs `check(value)`; true when it does not throw. */
function passes(check: (value: never) => unknown, value: object): boolean {
  try {
    check(value as never)
    return true
  } catch {
    return false
  }
}

export const isMap = (value: object): value is Map<unknown, unknown> => passes(MapPrototypeGetSize, value)
export const isSet = (value: object): value is Set<unknown> => passes(SetPrototypeGetSize, value)
export const isWeakMap = (value: object): boolean => passes((v: WeakMap<object, unknown>) => WeakMapPrototypeHas(v, probe), value)
export const isWeakSet = (value: object): boolean => passes((v: WeakSet<object>) => WeakSetPrototypeHas(v, probe), value)
export const isDate = (value: object): value is Date => passes(DatePrototypeGetTime, value)
export const isArrayBuffer = (value: object): value is ArrayBuffer => passes(ArrayBufferPrototypeGetByteLength, value)
export const isSharedArrayBuffer = (value: object): boolean =>
  SharedArrayBufferPrototypeGetByteLength !== undefined && passes(SharedArrayBufferPrototypeGetByteLength, value)
export const isDataView = (value: object): value is DataView => passes(DataViewPrototypeGetByteLength, value)
/** `RegExp.prototype.source` throws for anything but a RegExp, except `RegExp.prototype` itself. */
export const isRegExp = (value: object): value is RegExp => value !== RegExpPrototype && passes(RegExpPrototypeSourceGetter, value)

/** The typed array's kind (`'Uint8Array'`…) or `undefined`. */
export function typedArrayName(value: object): string | undefined {
  return TypedArrayPrototypeGetSymbolToStringTag(value)
}

export type BoxedKind = 'Number' | 'String' | 'Boolean' | 'BigInt' | 'Symbol'

/** The primitive type wrapped by a boxed primitive (`new Number(3)`…), or `undefined`. */
export function boxedKind(value: object): BoxedKind | undefined {
  if (passes(NumberPrototypeValueOf, value)) return 'Number'
  if (passes(StringPrototypeValueOf, value)) return 'String'
  if (passes(BooleanPrototypeValueOf, value)) return 'Boolean'
  if (passes(BigIntPrototypeValueOf, value)) return 'BigInt'
  if (passes(SymbolPrototypeValueOf, value)) return 'Symbol'
  return undefined
}

/** The own or inherited `Symbol.toStringTag` is a string (so `Object.prototype.toString` reveals nothing). */
function hasStringTag(value: object): boolean {
  let current: object | null = value
  while (current !== null) {
    const descriptor = ReflectGetOwnPropertyDescriptor(current, SymbolToStringTag)
    if (descriptor !== undefined) return 'value' in descriptor ? typeof descriptor.value === 'string' : true
    current = ObjectGetPrototypeOf(current)
  }
  return false
}

/** `[[ParameterMap]]`-style slot detection through the built-in tag (never runs tag getters). */
function builtinTag(value: object): string | undefined {
  if (hasStringTag(value)) return undefined
  return ObjectPrototypeToString(value)
}

/** Node's `isError`: a native error (has `[[ErrorData]]`) or anything whose chain contains `Error.prototype`. */
export function isError(value: object): boolean {
  try {
    if (FunctionPrototypeSymbolHasInstance(ErrorCtor, value)) return true
  } catch {
    // A revoked proxy in the chain: not an error.
  }
  return builtinTag(value) === '[object Error]'
}

export const isArgumentsObject = (value: object): boolean => builtinTag(value) === '[object Arguments]'

export const isMapIterator = (value: object): boolean => ObjectGetPrototypeOf(value) === MapIteratorPrototype
export const isSetIterator = (value: object): boolean => ObjectGetPrototypeOf(value) === SetIteratorPrototype

/** A module namespace object: null prototype and a non-writable own `Symbol.toStringTag` of `'Module'`. */
export function isModuleNamespace(value: object): boolean {
  if (ObjectGetPrototypeOf(value) !== null) return false
  const descriptor = ReflectGetOwnPropertyDescriptor(value, SymbolToStringTag)
  return descriptor !== undefined && descriptor.value === 'Module' && descriptor.writable === false && descriptor.enumerable === false
}

/** `'AsyncFunction'`, `'GeneratorFunction'`, `'AsyncGeneratorFunction'` or `undefined` for other functions. */
export function nativeFunctionKind(fn: object): string | undefined {
  const proto = ObjectGetPrototypeOf(fn)
  if (proto === AsyncFunctionPrototype) return 'AsyncFunction'
  if (proto === GeneratorFunctionPrototype) return 'GeneratorFunction'
  if (proto === AsyncGeneratorFunctionPrototype) return 'AsyncGeneratorFunction'
  return undefined
}
