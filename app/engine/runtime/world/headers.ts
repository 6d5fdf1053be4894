import {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  MapIteratorPrototype,
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  MapPrototypeValues,
  NativeMap,
  NativeWeakMap,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ReflectApply,
  RegExpPrototypeExec,
  StringCtor,
  StringPrototypeToLowerCase,
  StringPrototypeTrim,
  SymbolIterator,
  SymbolToStringTag,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
  isObject,
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

/** One header of a list: the name as first given, the combined value, and each Set-Cookie value on its own. */
interface HeaderEntry {
  name: string
  value: string
  cookies: string[] | null
}

/** A header name is an HTTP token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
/** A header value (once trimmed of HTTP whitespace) holds no NUL, CR or LF. */
const INVALID_VALUE = /[\0\r\n]/

/**
 * `Headers`, as Node's (undici's): a case-insensitive header list that keeps
 * each name as first given (shown by `console.log`), joins repeated values
 * with ", " but keeps Set-Cookie values apart (`getSetCookie`), and iterates
 * live, in sorted lower-case name order, through a `Headers Iterator`.
 */
export function createHeaders(): HeadersApi {
  const lists = new NativeWeakMap<object, Map<string, HeaderEntry>>()
  const iterators = new NativeWeakMap<object, { target: object; kind: 'key' | 'value' | 'key+value'; index: number }>()
  const illegalInvocation = (): TypeError => new TypeErrorCtor('Illegal invocation')

  function listOf(headers: unknown): Map<string, HeaderEntry> {
    const list = isObject(headers) ? WeakMapPrototypeGet(lists, headers) : undefined
    if (!list) throw illegalInvocation()
    return list
  }

  function argumentsRequired(method: string, required: number, given: number): void {
    if (given >= required) return
    throw new TypeErrorCtor(
      `Headers.${method}: ${required} argument${required === 1 ? '' : 's'} required, but${given > 0 ? ' only' : ''} ${given} found.`,
    )
  }

  function headerName(method: string, name: unknown): string {
    const text = StringCtor(name)
    if (RegExpPrototypeExec(TOKEN, text) === null) throw new TypeErrorCtor(`Headers.${method}: "${text}" is an invalid header name.`)
    return text
  }

  function headerValue(method: string, value: unknown): string {
    const text = StringPrototypeTrim(StringCtor(value))
    if (RegExpPrototypeExec(INVALID_VALUE, text) !== null)
      throw new TypeErrorCtor(`Headers.${method}: "${text}" is an invalid header value.`)
    return text
  }

  function append(list: Map<string, HeaderEntry>, method: string, name: unknown, value: unknown): void {
    const given = headerName(method, name)
    const text = headerValue(method, value)
    const key = StringPrototypeToLowerCase(given)
    const entry = MapPrototypeGet(list, key)
    if (entry) {
      entry.value = `${entry.value}, ${text}`
      if (entry.cookies) ArrayPrototypePush(entry.cookies, text)
      return
    }
    MapPrototypeSet(list, key, { name: given, value: text, cookies: key === 'set-cookie' ? [text] : null })
  }

  /** The entries as iteration sees them: sorted by lower-case name, each Set-Cookie value a pair of its own. */
  function sorted(list: Map<string, HeaderEntry>): [string, string][] {
    const names: string[] = []
    const it = MapPrototypeValues(list)
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it))
      ArrayPrototypePush(names, StringPrototypeToLowerCase(step.value.name))
    ArrayPrototypeSort(names, (a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const pairs: [string, string][] = []
    for (let i = 0; i < names.length; i++) {
      const entry = MapPrototypeGet(list, names[i]!)!
      if (entry.cookies) for (let c = 0; c < entry.cookies.length; c++) ArrayPrototypePush(pairs, [names[i]!, entry.cookies[c]!])
      else ArrayPrototypePush(pairs, [names[i]!, entry.value])
    }
    return pairs
  }

  function fill(list: Map<string, HeaderEntry>, init: unknown): void {
    if (init === undefined) return
    if (!isObject(init))
      throw new TypeErrorCtor(
        'Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.',
      )
    const known = WeakMapPrototypeGet(lists, init)
    if (known) {
      const it = MapPrototypeValues(known)
      for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it)) {
        const entry = step.value
        if (entry.cookies) for (let c = 0; c < entry.cookies.length; c++) append(list, 'append', entry.name, entry.cookies[c])
        else append(list, 'append', entry.name, entry.value)
      }
    } else if (ArrayIsArray(init)) {
      for (let i = 0; i < init.length; i++) {
        const pair = init[i] as unknown[]
        if (!ArrayIsArray(pair) || pair.length !== 2)
          throw new TypeErrorCtor(
            `Headers constructor: expected name/value pair to be length 2, found ${StringCtor(ArrayIsArray(pair) ? pair.length : 0)}.`,
          )
        append(list, 'append', pair[0], pair[1])
      }
    } else {
      const keys = ObjectKeys(init)
      for (let i = 0; i < keys.length; i++) append(list, 'append', keys[i], (init as Record<string, unknown>)[keys[i]!])
    }
  }

  // `Headers Iterator`: live over the list, as undici's (a header appended while iterating is seen).
  const HeadersIteratorPrototype = ObjectCreate(ObjectGetPrototypeOf(MapIteratorPrototype))
  ObjectDefineProperty(HeadersIteratorPrototype, 'next', {
    value: function next(this: unknown): IteratorResult<unknown> {
      const state = isObject(this) ? WeakMapPrototypeGet(iterators, this) : undefined
      if (!state) throw new TypeErrorCtor("'next' called on an object that does not implement interface Headers Iterator.")
      const pairs = sorted(listOf(state.target))
      if (state.index >= pairs.length) return { value: undefined, done: true }
      const pair = pairs[state.index++]!
      return { value: state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] : pair, done: false }
    },
    writable: true,
    enumerable: true,
    configurable: true,
  })
  ObjectDefineProperty(HeadersIteratorPrototype, SymbolToStringTag, {
    value: 'Headers Iterator',
    writable: false,
    enumerable: false,
    configurable: true,
  })
  const iterate = (target: unknown, kind: 'key' | 'value' | 'key+value'): object => {
    listOf(target)
    const iterator = ObjectCreate(HeadersIteratorPrototype)
    WeakMapPrototypeSet(iterators, iterator, { target: target as object, kind, index: 0 })
    return iterator
  }

  class Headers {
    constructor(init: unknown = undefined) {
      const list = new NativeMap<string, HeaderEntry>()
      WeakMapPrototypeSet(lists, this, list)
      fill(list, init)
    }
    append(name: unknown, value: unknown): void {
      const list = listOf(this)
      argumentsRequired('append', 2, arguments.length)
      append(list, 'append', name, value)
    }
    delete(name: unknown): void {
      const list = listOf(this)
      argumentsRequired('delete', 1, arguments.length)
      MapPrototypeDelete(list, StringPrototypeToLowerCase(headerName('delete', name)))
    }
    get(name: unknown): string | null {
      const list = listOf(this)
      argumentsRequired('get', 1, arguments.length)
      return MapPrototypeGet(list, StringPrototypeToLowerCase(headerName('get', name)))?.value ?? null
    }
    has(name: unknown): boolean {
      const list = listOf(this)
      argumentsRequired('has', 1, arguments.length)
      return MapPrototypeHas(list, StringPrototypeToLowerCase(headerName('has', name)))
    }
    set(name: unknown, value: unknown): void {
      const list = listOf(this)
      argumentsRequired('set', 2, arguments.length)
      const given = headerName('set', name)
      const text = headerValue('set', value)
      const key = StringPrototypeToLowerCase(given)
      MapPrototypeSet(list, key, { name: given, value: text, cookies: key === 'set-cookie' ? [text] : null })
    }
    getSetCookie(): string[] {
      const entry = MapPrototypeGet(listOf(this), 'set-cookie')
      return entry?.cookies ? ArrayPrototypeSlice(entry.cookies) : []
    }
  }

  // keys, values, entries and forEach are plain functions in undici (each has a `prototype`), and
  // [Symbol.iterator] is entries itself.
  const proto = Headers.prototype as unknown as Record<PropertyKey, unknown>
  const member = (key: PropertyKey, value: unknown, enumerable = true) =>
    ObjectDefineProperty(proto, key, { value, writable: true, enumerable, configurable: true })
  member('keys', function keys(this: unknown) {
    return iterate(this, 'key')
  })
  member('values', function values(this: unknown) {
    return iterate(this, 'value')
  })
  const entries = function entries(this: unknown) {
    return iterate(this, 'key+value')
  }
  member('entries', entries)
  member('forEach', function forEach(this: unknown, callback: unknown, thisArg: unknown = undefined) {
    const list = listOf(this)
    if (!isCallable(callback)) throw new TypeErrorCtor("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.")
    const pairs = sorted(list)
    for (let i = 0; i < pairs.length; i++) ReflectApply(callback, thisArg, [pairs[i]![1], pairs[i]![0], this])
  })
  const methods = ['append', 'delete', 'get', 'has', 'set', 'getSetCookie']
  for (let i = 0; i < methods.length; i++) member(methods[i]!, proto[methods[i]!])

  /** As `console.log` shows a Headers: each name as first given, in insertion order, with its combined value. */
  function shown(headers: object): Record<string, string> {
    const record: Record<string, string> = {}
    const it = MapPrototypeValues(listOf(headers))
    for (let step = MapIteratorPrototypeNext(it); !step.done; step = MapIteratorPrototypeNext(it))
      defineData(record, step.value.name, step.value.value)
    return record
  }
  // undici prints a Headers in full at any depth.
  defineInspect(Headers.prototype, 'Headers', shown, { pastDepth: 'full' })
  member(SymbolIterator, entries, false)
  ObjectDefineProperty(proto, SymbolToStringTag, { value: 'Headers', writable: false, enumerable: false, configurable: true })

  function toRecord(headers: object): Record<string, string> {
    const record: Record<string, string> = {}
    const list = listOf(headers)
    const pairs = sorted(list)
    for (let i = 0; i < pairs.length; i++) defineData(record, pairs[i]![0], MapPrototypeGet(list, pairs[i]![0])!.value)
    return record
  }

  return {
    Headers,
    from: (init) => new Headers(init),
    get: (headers, name) => MapPrototypeGet(listOf(headers), StringPrototypeToLowerCase(name))?.value ?? null,
    set: (headers, name, value) => {
      const key = StringPrototypeToLowerCase(name)
      MapPrototypeSet(listOf(headers), key, { name, value, cookies: key === 'set-cookie' ? [value] : null })
    },
    toRecord,
  }
}
