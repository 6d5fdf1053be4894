import {
  ArrayPrototypePush,
  MapIteratorPrototypeNext,
  NativeMap,
  NativeSet,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ReflectApply,
  SetIteratorPrototypeNext,
  SymbolIterator,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'

type Kind = 'entries' | 'keys' | 'values'

interface Tracked {
  collection: object
  kind: Kind
  isMap: boolean
  consumed: number
}

/**
 * Remembers which collection each Map/Set iterator walks and how far it got,
 * so the console can preview the remaining entries the way Node does
 * (`[Map Iterator] { 1, 2 }`) without advancing the iterator.
 */
export function installCollectionIteratorTracking(realmGlobal: Record<string, unknown>) {
  const tracked = new NativeWeakMap<object, Tracked>()
  const MapCtor = realmGlobal.Map as typeof Map
  const SetCtor = realmGlobal.Set as typeof Set
  const wrap = (proto: object, name: string, kind: Kind, isMap: boolean) => {
    const original = (proto as Record<string, (...args: unknown[]) => object>)[name]!
    const holder = {
      [name](this: object) {
        const iterator = ReflectApply(original, this, [])
        WeakMapPrototypeSet(tracked, iterator, { collection: this, kind, isMap, consumed: 0 })
        return iterator
      },
    }
    const wrapper = holder[name]!
    ObjectDefineProperty(proto, name, { value: wrapper, writable: true, enumerable: false, configurable: true })
    return wrapper
  }
  const mapEntries = wrap(MapCtor.prototype, 'entries', 'entries', true)
  wrap(MapCtor.prototype, 'keys', 'keys', true)
  wrap(MapCtor.prototype, 'values', 'values', true)
  ObjectDefineProperty(MapCtor.prototype, SymbolIterator, { value: mapEntries, writable: true, enumerable: false, configurable: true })
  const setValues = wrap(SetCtor.prototype, 'values', 'values', false)
  ObjectDefineProperty(SetCtor.prototype, 'keys', { value: setValues, writable: true, enumerable: false, configurable: true })
  ObjectDefineProperty(SetCtor.prototype, SymbolIterator, { value: setValues, writable: true, enumerable: false, configurable: true })
  wrap(SetCtor.prototype, 'entries', 'entries', false)

  const countSteps = (proto: object, next: (it: Iterator<unknown>) => IteratorResult<unknown>) => {
    const holder = {
      next(this: Iterator<unknown>) {
        const result = next(this)
        const info = WeakMapPrototypeGet(tracked, this as object)
        if (info && !result.done) info.consumed++
        return result
      },
    }
    // eslint-disable-next-line @typescript-eslint/unbound-method -- a built-in method, installed detached: it takes `this` from the program's call
    ObjectDefineProperty(proto, 'next', { value: holder.next, writable: true, enumerable: false, configurable: true })
  }
  countSteps(ObjectGetPrototypeOf(new NativeMap().entries()) as object, MapIteratorPrototypeNext)
  countSteps(ObjectGetPrototypeOf(new NativeSet().values()) as object, SetIteratorPrototypeNext)

  return function previewEntries(iterator: object): { entries: readonly unknown[]; isKeyValue: boolean } | undefined {
    const info = WeakMapPrototypeGet(tracked, iterator)
    if (!info) return undefined
    const entries: unknown[] = []
    const fresh = info.isMap
      ? new NativeMap(info.collection as Map<unknown, unknown>).entries()
      : new NativeSet(info.collection as Set<unknown>).values()
    const next = info.isMap ? MapIteratorPrototypeNext : SetIteratorPrototypeNext
    let skip = info.consumed
    for (let step = next(fresh); !step.done; step = next(fresh)) {
      if (skip > 0) {
        skip--
        continue
      }
      if (info.isMap) {
        const entry = step.value as [unknown, unknown]
        if (info.kind === 'entries') ArrayPrototypePush(entries, entry[0], entry[1])
        else ArrayPrototypePush(entries, info.kind === 'keys' ? entry[0] : entry[1])
      } else if (info.kind === 'entries') ArrayPrototypePush(entries, step.value, step.value)
      else ArrayPrototypePush(entries, step.value)
    }
    return { entries, isKeyValue: info.kind === 'entries' }
  }
}
