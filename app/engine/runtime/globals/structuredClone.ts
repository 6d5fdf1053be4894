import {
  ArrayIsArray,
  DatePrototypeGetTime,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeDate,
  NativeMap,
  NativeSet,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototype,
  SetIteratorPrototypeNext,
  SetPrototypeAdd,
  SetPrototypeValues,
  StringCtor,
} from '../primordials.ts'

/** The error structuredClone throws for values it cannot copy (a DOMException in hosts; an Error here). */
function dataCloneError(value: unknown): Error {
  const error = new Error(`${typeof value === 'function' ? 'function' : StringCtor(value)} could not be cloned.`)
  error.name = 'DataCloneError'
  return error
}

/**
 * The structured clone algorithm for the values programs send through
 * channels and workers: primitives, arrays, plain objects, Map, Set, Date,
 * RegExp, errors, typed arrays; cycles preserved; functions refused.
 */
export function structuredCloneValue(value: unknown, memory = new NativeMap<object, unknown>()): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') throw dataCloneError(value)
  if (typeof value !== 'object' || value === null) return value
  const seen = MapPrototypeGet(memory, value)
  if (seen !== undefined) return seen
  if (value instanceof NativeDate) {
    const copy = new NativeDate(DatePrototypeGetTime(value))
    MapPrototypeSet(memory, value, copy)
    return copy
  }
  if (value instanceof RegExp) return new RegExp(value.source, value.flags)
  if (value instanceof NativeMap) {
    const copy = new NativeMap()
    MapPrototypeSet(memory, value, copy)
    const it = MapPrototypeEntries(value)
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) {
      const [k, v] = step.value as [unknown, unknown]
      MapPrototypeSet(copy, structuredCloneValue(k, memory), structuredCloneValue(v, memory))
    }
    return copy
  }
  if (value instanceof NativeSet) {
    const copy = new NativeSet()
    MapPrototypeSet(memory, value, copy)
    const it = SetPrototypeValues(value)
    for (let step = SetIteratorPrototypeNext(it); !step.done; step = SetIteratorPrototypeNext(it)) SetPrototypeAdd(copy, structuredCloneValue(step.value, memory))
    return copy
  }
  if (value instanceof Error) {
    const copy = new Error((value as Error).message)
    copy.name = (value as Error).name
    MapPrototypeSet(memory, value, copy)
    return copy
  }
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): unknown }).slice()
  if (ArrayIsArray(value)) {
    const copy: unknown[] = []
    MapPrototypeSet(memory, value, copy)
    for (let i = 0; i < value.length; i++) if (i in value) copy[i] = structuredCloneValue(value[i], memory)
    return copy
  }
  const proto = ObjectGetPrototypeOf(value)
  if (proto !== ObjectPrototype && proto !== null) {
    // Class instances lose their class, as in the real algorithm.
  }
  const copy: Record<string, unknown> = {}
  MapPrototypeSet(memory, value, copy)
  const keys = ObjectKeys(value)
  for (let i = 0; i < keys.length; i++) copy[keys[i]!] = structuredCloneValue((value as Record<string, unknown>)[keys[i]!], memory)
  return copy
}
