/**
 * Deep equality as Node's lib/internal/util/comparisons.js defines it, in
 * both modes: strict (`util.isDeepStrictEqual`, `assert.deepStrictEqual`:
 * `Object.is` for primitives, same prototypes and tags, enumerable symbol
 * keys count) and loose (`assert.deepEqual`: `==` for primitives, prototypes
 * ignored). Cycles are followed with a memo of pairs being compared.
 */
import {
  ArrayIsArray,
  DatePrototypeGetTime,
  ErrorCtor,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeHas,
  MapPrototypeSet,
  NumberPrototypeValueOf,
  StringPrototypeValueOf,
  BooleanPrototypeValueOf,
  BigIntPrototypeValueOf,
  SymbolPrototypeValueOf,
  StringPrototypeCharCodeAt,
  NativeMap,
  NumberIsNaN,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectPrototypeToString,
  ReflectGet,
  RegExpPrototypeSourceGetter,
  SetIteratorPrototypeNext,
  SetPrototypeGetSize,
  SetPrototypeHas,
  SetPrototypeValues,
  TypedArrayPrototypeGetByteLength,
  ArrayPrototypePush,
  NativeUint8Array,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteOffset,
} from '../primordials.ts'
import { boxedKind, isDate, isMap, isRegExp, isSet, typedArrayName, isArrayBuffer } from '../console/brands.ts'

type Memo = Map<object, Map<object, boolean>>

/** Whether `a` and `b` are deeply equal (`strict` as `isDeepStrictEqual`, else as `assert.deepEqual`). */
export function isDeepEqual(a: unknown, b: unknown, strict: boolean): boolean {
  return innerDeepEqual(a, b, strict, new NativeMap<object, Map<object, boolean>>())
}

function primitiveEqual(a: unknown, b: unknown, strict: boolean): boolean {
  if (strict) return ObjectIs(a, b)

  return a == b || (typeof a === 'number' && typeof b === 'number' && NumberIsNaN(a) && NumberIsNaN(b))
}

function innerDeepEqual(a: unknown, b: unknown, strict: boolean, memo: Memo): boolean {
  if (a === b) return a !== 0 || !strict || ObjectIs(a, b)
  const aIsObject = typeof a === 'object' ? a !== null : typeof a === 'function'
  const bIsObject = typeof b === 'object' ? b !== null : typeof b === 'function'
  if (!aIsObject || !bIsObject) {
    if (strict) return !aIsObject && !bIsObject && ObjectIs(a, b)
    if (aIsObject || bIsObject) return false
    return primitiveEqual(a, b, strict)
  }
  return objectEqual(a as object, b as object, strict, memo)
}

function ownKeys(value: object, strict: boolean): PropertyKey[] {
  const keys: PropertyKey[] = ObjectKeys(value)
  if (!strict) return keys
  const symbols = ObjectGetOwnPropertySymbols(value)
  for (let i = 0; i < symbols.length; i++)
    if (ObjectPrototypePropertyIsEnumerable(value, symbols[i]!)) ArrayPrototypePush(keys, symbols[i]!)
  return keys
}

function bytesOf(view: object): Uint8Array {
  return new NativeUint8Array(
    TypedArrayPrototypeGetBuffer(view),
    TypedArrayPrototypeGetByteOffset(view),
    TypedArrayPrototypeGetByteLength(view),
  )
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function objectEqual(a: object, b: object, strict: boolean, memo: Memo): boolean {
  if (strict && ObjectGetPrototypeOf(a) !== ObjectGetPrototypeOf(b)) return false
  const tag = ObjectPrototypeToString(a)
  if (tag !== ObjectPrototypeToString(b)) return false
  if (ArrayIsArray(a) !== ArrayIsArray(b)) return false
  if (isDate(a) !== isDate(b) || isRegExp(a) !== isRegExp(b) || isMap(a) !== isMap(b) || isSet(a) !== isSet(b)) return false
  if (isDate(a) && DatePrototypeGetTime(a) !== DatePrototypeGetTime(b)) return false
  if (isRegExp(a)) {
    const other = b as RegExp
    if (RegExpPrototypeSourceGetter(a) !== RegExpPrototypeSourceGetter(other)) return false
    if (ReflectGet(a, 'flags') !== ReflectGet(other, 'flags') || ReflectGet(a, 'lastIndex') !== ReflectGet(other, 'lastIndex')) return false
  }
  if (a instanceof ErrorCtor || b instanceof ErrorCtor) {
    if (ReflectGet(a, 'message') !== ReflectGet(b, 'message') || ReflectGet(a, 'name') !== ReflectGet(b, 'name')) return false
  }
  const boxedA = boxedKind(a)
  if (boxedA !== boxedKind(b)) return false
  if (boxedA !== undefined && !ObjectIs(unbox(a, boxedA), unbox(b, boxedA))) return false
  const typedA = typedArrayName(a)
  if (typedA !== typedArrayName(b)) return false
  if (typedA !== undefined && !bytesEqual(bytesOf(a), bytesOf(b))) return false
  if (isArrayBuffer(a) !== isArrayBuffer(b)) return false
  if (isArrayBuffer(a) && !bytesEqual(new NativeUint8Array(a), new NativeUint8Array(b as ArrayBuffer))) return false

  // Cycles: a pair already being compared counts as equal.
  let seen = MapPrototypeGet(memo, a)
  if (seen && MapPrototypeHas(seen, b)) return true
  if (!seen) {
    seen = new NativeMap()
    MapPrototypeSet(memo, a, seen)
  }
  MapPrototypeSet(seen, b, true)

  if (ArrayIsArray(a)) {
    const other = b as unknown[]
    if (a.length !== other.length) return false
    for (let i = 0; i < a.length; i++) {
      const hasA = ObjectPrototypeHasOwnProperty(a, i)
      if (hasA !== ObjectPrototypeHasOwnProperty(other, i)) {
        if (strict) return false
        if (!innerDeepEqual(a[i], other[i], strict, memo)) return false
        continue
      }
      if (hasA && !innerDeepEqual(a[i], other[i], strict, memo)) return false
    }
    return keysEqual(a, other, strict, memo, true)
  }
  if (isMap(a) && !mapEqual(a, b as Map<unknown, unknown>, strict, memo)) return false
  if (isSet(a) && !setEqual(a, b as Set<unknown>, strict, memo)) return false
  return keysEqual(a, b, strict, memo, typedA !== undefined)
}

function unbox(value: object, kind: NonNullable<ReturnType<typeof boxedKind>>): unknown {
  switch (kind) {
    case 'Number':
      return NumberPrototypeValueOf(value)
    case 'String':
      return StringPrototypeValueOf(value)
    case 'Boolean':
      return BooleanPrototypeValueOf(value)
    case 'BigInt':
      return BigIntPrototypeValueOf(value)
    default:
      return SymbolPrototypeValueOf(value)
  }
}

function keysEqual(a: object, b: object, strict: boolean, memo: Memo, skipIndexes: boolean): boolean {
  const keysA = ownKeys(a, strict)
  const keysB = ownKeys(b, strict)
  let countA = 0
  let countB = 0
  for (let i = 0; i < keysA.length; i++) if (!skipIndexes || !isIndex(keysA[i]!)) countA++
  for (let i = 0; i < keysB.length; i++) if (!skipIndexes || !isIndex(keysB[i]!)) countB++
  if (countA !== countB) return false
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!
    if (skipIndexes && isIndex(key)) continue
    if (!ObjectPrototypeHasOwnProperty(b, key) || !ObjectPrototypePropertyIsEnumerable(b, key)) return false
    if (!innerDeepEqual(ReflectGet(a, key), ReflectGet(b, key), strict, memo)) return false
  }
  return true
}

function isIndex(key: PropertyKey): boolean {
  if (typeof key !== 'string' || key.length === 0) return false
  for (let i = 0; i < key.length; i++) {
    const c = StringPrototypeCharCodeAt(key, i)
    if (c < 48 || c > 57) return false
  }
  return key === '0' || StringPrototypeCharCodeAt(key, 0) !== 48
}

function listOfSet(set: Set<unknown>): unknown[] {
  const list: unknown[] = []
  const iterator = SetPrototypeValues(set)
  for (let step = SetIteratorPrototypeNext(iterator); !step.done; step = SetIteratorPrototypeNext(iterator))
    ArrayPrototypePush(list, step.value)
  return list
}

function listOfMap(map: Map<unknown, unknown>): [unknown, unknown][] {
  const list: [unknown, unknown][] = []
  const iterator = MapPrototypeEntries(map)
  for (let step = MapIteratorPrototypeNext(iterator); !step.done; step = MapIteratorPrototypeNext(iterator))
    ArrayPrototypePush(list, step.value)
  return list
}

function setEqual(a: Set<unknown>, b: Set<unknown>, strict: boolean, memo: Memo): boolean {
  if (SetPrototypeGetSize(a) !== SetPrototypeGetSize(b)) return false
  const unmatched: unknown[] = []
  const listA = listOfSet(a)
  for (let i = 0; i < listA.length; i++) {
    const value = listA[i]
    if (typeof value === 'object' && value !== null) ArrayPrototypePush(unmatched, value)
    else if (!SetPrototypeHas(b, value) && (strict || !looseHas(listOfSet(b), value))) return false
  }
  if (unmatched.length === 0) return true
  const candidates: unknown[] = []
  const listB = listOfSet(b)
  for (let i = 0; i < listB.length; i++) if (typeof listB[i] === 'object' && listB[i] !== null) ArrayPrototypePush(candidates, listB[i])
  return matchAll(unmatched, candidates, (x, y) => innerDeepEqual(x, y, strict, memo))
}

function mapEqual(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, memo: Memo): boolean {
  if (MapPrototypeGetSize(a) !== MapPrototypeGetSize(b)) return false
  const unmatched: [unknown, unknown][] = []
  const entries = listOfMap(a)
  for (let i = 0; i < entries.length; i++) {
    const key = entries[i]![0]
    const value = entries[i]![1]
    if (typeof key === 'object' && key !== null) ArrayPrototypePush(unmatched, entries[i]!)
    else {
      if (!MapPrototypeHas(b, key)) return false
      if (!innerDeepEqual(value, MapPrototypeGet(b, key), strict, memo)) return false
    }
  }
  if (unmatched.length === 0) return true
  const candidates: [unknown, unknown][] = []
  const entriesB = listOfMap(b)
  for (let i = 0; i < entriesB.length; i++) {
    const key = entriesB[i]![0]
    if (typeof key === 'object' && key !== null) ArrayPrototypePush(candidates, entriesB[i]!)
  }
  return matchAll(unmatched, candidates, (x, y) => innerDeepEqual(x[0], y[0], strict, memo) && innerDeepEqual(x[1], y[1], strict, memo))
}

function looseHas(list: readonly unknown[], value: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (primitiveEqual(list[i], value, false)) return true
  return false
}

/** Each item of `items` pairs with a distinct, equal candidate. */
function matchAll<T>(items: readonly T[], candidates: T[], equal: (a: T, b: T) => boolean): boolean {
  const used: boolean[] = []
  for (let i = 0; i < items.length; i++) {
    let found = false
    for (let j = 0; j < candidates.length; j++) {
      if (used[j] || !equal(items[i]!, candidates[j]!)) continue
      used[j] = true
      found = true
      break
    }
    if (!found) return false
  }
  return true
}
