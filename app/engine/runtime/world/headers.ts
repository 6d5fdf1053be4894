import {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  ArrayPrototypeSymbolIterator,
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ObjectKeys,
  ReflectApply,
  StringCtor,
  StringPrototypeToLowerCase,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
} from '../primordials.ts'
import { defineInspect } from './inspectForm.ts'
import { defineData } from './url.ts'

/** The `Headers` class programs see, and the runtime's access to header lists. */
export interface HeadersApi {
  readonly Headers: new (init?: unknown) => object
  /** A new Headers object from any init a program may pass (object, pairs, Headers). */
  from(init: unknown): object
  get(headers: object, name: string): string | null
  set(headers: object, name: string, value: string): void
  /** The header list as a plain object, names lower-cased. */
  toRecord(headers: object): Record<string, string>
}

/**
 * `Headers`: a case-insensitive header list. Values appended twice are joined
 * with ", "; iteration is in sorted name order, as the Fetch standard says.
 */
export function createHeaders(): HeadersApi {
  const lists = new NativeWeakMap<object, Map<string, string>>()

  function listOf(headers: unknown): Map<string, string> {
    const list = typeof headers === 'object' && headers !== null ? WeakMapPrototypeGet(lists, headers) : undefined
    if (!list) throw new TypeErrorCtor('Value of "this" must be of type Headers')
    return list
  }

  /** The entries sorted by name. */
  function sorted(headers: object): [string, string][] {
    const pairs: [string, string][] = []
    const it = MapPrototypeEntries(listOf(headers))
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) ArrayPrototypePush(pairs, step.value)
    return ArrayPrototypeSort(pairs, (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  }

  function append(list: Map<string, string>, name: unknown, value: unknown): void {
    const key = StringPrototypeToLowerCase(StringCtor(name))
    const previous = MapPrototypeGet(list, key)
    MapPrototypeSet(list, key, previous === undefined ? StringCtor(value) : `${previous}, ${StringCtor(value)}`)
  }

  function iterate<T>(items: T[]): IterableIterator<T> {
    return ReflectApply(ArrayPrototypeSymbolIterator, items, []) as IterableIterator<T>
  }

  class Headers {
    constructor(init?: unknown) {
      const list = new NativeMap<string, string>()
      WeakMapPrototypeSet(lists, this, list)
      if (init === undefined || init === null) return
      if (typeof init !== 'object')
        throw new TypeErrorCtor("Failed to construct 'Headers': The provided value is not of type 'HeadersInit'.")
      const known = WeakMapPrototypeGet(lists, init)
      if (known) {
        const pairs = sorted(init)
        for (let i = 0; i < pairs.length; i++) MapPrototypeSet(list, pairs[i]![0], pairs[i]![1])
      } else if (ArrayIsArray(init)) {
        for (let i = 0; i < init.length; i++) {
          const pair = init[i] as unknown[]
          if (!ArrayIsArray(pair) || pair.length !== 2)
            throw new TypeErrorCtor(
              'Headers constructor: expected name/value pair to be length 2, found ' +
                StringCtor(ArrayIsArray(pair) ? pair.length : 0) +
                '.',
            )
          append(list, pair[0], pair[1])
        }
      } else {
        const keys = ObjectKeys(init)
        for (let i = 0; i < keys.length; i++) append(list, keys[i], (init as Record<string, unknown>)[keys[i]!])
      }
    }
    append(name: unknown, value: unknown): void {
      append(listOf(this), name, value)
    }
    set(name: unknown, value: unknown): void {
      MapPrototypeSet(listOf(this), StringPrototypeToLowerCase(StringCtor(name)), StringCtor(value))
    }
    get(name: unknown): string | null {
      return MapPrototypeGet(listOf(this), StringPrototypeToLowerCase(StringCtor(name))) ?? null
    }
    has(name: unknown): boolean {
      return MapPrototypeHas(listOf(this), StringPrototypeToLowerCase(StringCtor(name)))
    }
    delete(name: unknown): void {
      MapPrototypeDelete(listOf(this), StringPrototypeToLowerCase(StringCtor(name)))
    }
    forEach(callback: unknown, thisArg?: unknown): void {
      if (!isCallable(callback)) throw new TypeErrorCtor("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.")
      const pairs = sorted(this)
      for (let i = 0; i < pairs.length; i++) ReflectApply(callback, thisArg, [pairs[i]![1], pairs[i]![0], this])
    }
    entries(): IterableIterator<[string, string]> {
      return iterate(sorted(this))
    }
    keys(): IterableIterator<string> {
      const pairs = sorted(this)
      const names: string[] = []
      for (let i = 0; i < pairs.length; i++) names[i] = pairs[i]![0]
      return iterate(names)
    }
    values(): IterableIterator<string> {
      const pairs = sorted(this)
      const values: string[] = []
      for (let i = 0; i < pairs.length; i++) values[i] = pairs[i]![1]
      return iterate(values)
    }
    [Symbol.iterator](): IterableIterator<[string, string]> {
      return this.entries()
    }
    get [Symbol.toStringTag](): string {
      return 'Headers'
    }
  }

  function toRecord(headers: object): Record<string, string> {
    const record: Record<string, string> = {}
    const pairs = sorted(headers)
    for (let i = 0; i < pairs.length; i++) defineData(record, pairs[i]![0], pairs[i]![1])
    return record
  }
  defineInspect(Headers.prototype, 'Headers', toRecord)

  return {
    Headers,
    from: (init) => new Headers(init),
    get: (headers, name) => MapPrototypeGet(listOf(headers), StringPrototypeToLowerCase(name)) ?? null,
    set: (headers, name, value) => void MapPrototypeSet(listOf(headers), StringPrototypeToLowerCase(name), value),
    toRecord,
  }
}
