/**
 * `URL` and `URLSearchParams` for realms that lack them (Node's `vm`
 * contexts): the parts of the WHATWG URL Standard programs use — absolute
 * and relative parsing against a base (dot segments, default ports,
 * lower-cased hosts), the component getters and setters, query parameters
 * with form encoding — and Node's printed forms. Hand-written because the
 * runtime must not rely on the host realm's objects (a `vm` context has no
 * URL, and a program could replace a worker's).
 */
import {
  EncodeURIComponent,
  NativeWeakMap,
  NumberPrototypeToString,
  ObjectKeys,
  StringPrototypeToUpperCase,
  WeakMapPrototypeGet,
  WeakMapPrototypeHas,
  WeakMapPrototypeSet,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  DecodeURIComponent,
  ObjectDefineProperty,
  ReflectApply,
  ReflectGet,
  RegExpPrototypeExec,
  StringCtor,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  SymbolFor,
  SymbolIterator,
  TypeErrorCtor,
  isCallable,
  isObject,
} from '../primordials.ts'

const SPECIAL_PORTS: Readonly<Record<string, string>> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
  'file:': '',
}

interface Parts {
  protocol: string
  username: string
  password: string
  hostname: string
  port: string
  pathname: string
  search: string
  hash: string
}

const ABSOLUTE =
  /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?:\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?)?([^?#]*)(\?[^#]*)?(#.*)?$/
const INSPECT = SymbolFor('nodejs.util.inspect.custom')

function copyList(list: readonly [string, string][]): [string, string][] {
  const copy: [string, string][] = []
  for (let i = 0; i < list.length; i++) ArrayPrototypePush(copy, [list[i]![0], list[i]![1]])
  return copy
}

function invalid(input: string): TypeError {
  const error = new TypeErrorCtor('Invalid URL')
  ObjectDefineProperty(error, 'code', { value: 'ERR_INVALID_URL', writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(error, 'input', { value: input, writable: true, enumerable: true, configurable: true })
  return error
}

/** Removes `.` and `..` segments (RFC 3986 §5.2.4). */
function removeDotSegments(path: string): string {
  const segments = StringPrototypeSplit(path, '/')
  const out: string[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const last = i === segments.length - 1
    if (segment === '..') {
      if (out.length > 1) out.length--
      if (last) ArrayPrototypePush(out, '')
    } else if (segment === '.') {
      if (last) ArrayPrototypePush(out, '')
    } else ArrayPrototypePush(out, segment)
  }
  const joined = ArrayPrototypeJoin(out, '/')
  return StringPrototypeCharCodeAt(joined, 0) === 47 ? joined : `/${joined}`
}

/** Percent-encodes what a path or query may not hold as it is. */
function encodeSet(text: string, query: boolean): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = StringPrototypeCharCodeAt(text, i)
    if (
      c <= 0x20 ||
      c === 0x22 ||
      c === 0x3c ||
      c === 0x3e ||
      c === 0x7f ||
      (!query && (c === 0x60 || c === 0x7b || c === 0x7d)) ||
      c >= 0x80
    ) {
      out +=
        c >= 0x80 ? EncodeURIComponent(text[i]!) : `%${(c < 16 ? '0' : '') + StringPrototypeToUpperCase(NumberPrototypeToString(c, 16))}`
    } else out += text[i]!
  }
  return out
}

function parse(input: string, base?: Parts): Parts {
  // eslint-disable-next-line no-control-regex -- the URL parser strips leading and trailing C0 controls and spaces (U+0000–U+0020)
  const text = StringPrototypeReplace(StringPrototypeReplace(input, /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''), /[\t\n\r]/g, '')
  const match = RegExpPrototypeExec(ABSOLUTE, text)
  if (match) {
    const protocol = StringPrototypeToLowerCase(match[1]!)
    const special = SPECIAL_PORTS[protocol] !== undefined
    if (match[4] === undefined && special && protocol !== 'file:') {
      // `http:foo`: special schemes need an authority.
      if (base && base.protocol === protocol) return parse(StringPrototypeSlice(text, protocol.length), base)
      throw invalid(input)
    }
    const hostname = StringPrototypeToLowerCase(match[4] ?? '')
    if (special && protocol !== 'file:' && hostname === '') throw invalid(input)
    let port = match[5] ?? ''
    if (port !== '' && +port > 65535) throw invalid(input)
    if (port !== '') port = StringCtor(+port)
    if (SPECIAL_PORTS[protocol] === port) port = ''
    let pathname = match[6] ?? ''
    if (special) pathname = removeDotSegments(pathname === '' ? '/' : StringPrototypeReplace(pathname, /\\/g, '/'))
    return {
      protocol,
      username: match[2] ?? '',
      password: match[3] ?? '',
      hostname,
      port,
      pathname: encodeSet(pathname, false),
      search: match[7] === '?' ? '' : encodeSet(match[7] ?? '', true),
      hash: match[8] === '#' ? '' : (match[8] ?? ''),
    }
  }
  if (!base) throw invalid(input)
  const result: Parts = { ...base, hash: '' }
  if (StringPrototypeSlice(text, 0, 2) === '//') return parse(`${base.protocol}${text}`)
  const hashAt = StringPrototypeIndexOf(text, '#')
  const beforeHash = hashAt === -1 ? text : StringPrototypeSlice(text, 0, hashAt)
  if (hashAt !== -1) result.hash = StringPrototypeSlice(text, hashAt) === '#' ? '' : StringPrototypeSlice(text, hashAt)
  const queryAt = StringPrototypeIndexOf(beforeHash, '?')
  const path = queryAt === -1 ? beforeHash : StringPrototypeSlice(beforeHash, 0, queryAt)
  if (queryAt !== -1)
    result.search = StringPrototypeSlice(beforeHash, queryAt) === '?' ? '' : encodeSet(StringPrototypeSlice(beforeHash, queryAt), true)
  else if (path !== '') result.search = ''
  if (path !== '') {
    const merged =
      StringPrototypeCharCodeAt(path, 0) === 47
        ? path
        : `${StringPrototypeSlice(base.pathname, 0, StringPrototypeLastIndexOf(base.pathname, '/') + 1)}${path}`
    result.pathname = encodeSet(removeDotSegments(merged), false)
  }
  return result
}

export function createUrlClasses(inspect: (value: unknown, options?: unknown) => string) {
  const paramsOf = new NativeWeakMap<object, [string, string][]>()
  const ownerOf = new NativeWeakMap<object, URL>()

  function formDecode(text: string): string {
    try {
      return DecodeURIComponent(StringPrototypeReplace(text, /\+/g, ' '))
    } catch {
      return text
    }
  }

  function formEncode(text: string): string {
    let out = ''
    for (let i = 0; i < text.length; i++) {
      const c = StringPrototypeCharCodeAt(text, i)
      if (
        (c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        c === 0x2a ||
        c === 0x2d ||
        c === 0x2e ||
        c === 0x5f
      )
        out += text[i]!
      else if (c === 0x20) out += '+'
      else out += EncodeURIComponent(text[i]!)
    }
    return out
  }

  function parseQuery(query: string): [string, string][] {
    const list: [string, string][] = []
    const text = StringPrototypeCharCodeAt(query, 0) === 63 ? StringPrototypeSlice(query, 1) : query
    if (text === '') return list
    const pairs = StringPrototypeSplit(text, '&')
    for (let i = 0; i < pairs.length; i++) {
      if (pairs[i] === '') continue
      const eq = StringPrototypeIndexOf(pairs[i]!, '=')
      const name = eq === -1 ? pairs[i]! : StringPrototypeSlice(pairs[i]!, 0, eq)
      const value = eq === -1 ? '' : StringPrototypeSlice(pairs[i]!, eq + 1)
      ArrayPrototypePush(list, [formDecode(name), formDecode(value)])
    }
    return list
  }

  const listOf = (params: object): [string, string][] => {
    const list = WeakMapPrototypeGet(paramsOf, params)
    if (!list) throw new TypeErrorCtor('Value of "this" must be of type URLSearchParams')
    return list
  }

  class URLSearchParams {
    constructor(init: unknown = '') {
      let list: [string, string][] = []
      if (typeof init === 'string') list = parseQuery(init)
      else if (isObject(init) && WeakMapPrototypeHas(paramsOf, init)) list = copyList(listOf(init))
      else if (isObject(init) && isCallable(ReflectGet(init, SymbolIterator))) {
        for (const pair of init as Iterable<unknown[]>) {
          if (pair.length !== 2) throw new TypeErrorCtor('Each query pair must be an iterable [name, value] tuple')
          ArrayPrototypePush(list, [StringCtor(pair[0]), StringCtor(pair[1])])
        }
      } else if (isObject(init)) {
        const keys = ObjectKeys(init)
        for (let i = 0; i < keys.length; i++) ArrayPrototypePush(list, [keys[i]!, StringCtor((init as Record<string, unknown>)[keys[i]!])])
      } else if (init !== undefined && init !== null) list = parseQuery(StringCtor(init))
      WeakMapPrototypeSet(paramsOf, this, list)
    }
    #update(): void {
      const owner = WeakMapPrototypeGet(ownerOf, this)
      if (owner) owner.search = this.toString()
    }
    get size(): number {
      return listOf(this).length
    }
    append(name: unknown, value: unknown): void {
      ArrayPrototypePush(listOf(this), [StringCtor(name), StringCtor(value)])
      this.#update()
    }
    delete(name: unknown, value?: unknown): void {
      const list = listOf(this)
      let w = 0
      for (let r = 0; r < list.length; r++) {
        const keep = list[r]![0] !== StringCtor(name) || (value !== undefined && list[r]![1] !== StringCtor(value))
        if (keep) list[w++] = list[r]!
      }
      list.length = w
      this.#update()
    }
    get(name: unknown): string | null {
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) if (list[i]![0] === StringCtor(name)) return list[i]![1]
      return null
    }
    getAll(name: unknown): string[] {
      const out: string[] = []
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) if (list[i]![0] === StringCtor(name)) ArrayPrototypePush(out, list[i]![1])
      return out
    }
    has(name: unknown, value?: unknown): boolean {
      const list = listOf(this)
      for (let i = 0; i < list.length; i++)
        if (list[i]![0] === StringCtor(name) && (value === undefined || list[i]![1] === StringCtor(value))) return true
      return false
    }
    set(name: unknown, value: unknown): void {
      const list = listOf(this)
      const key = StringCtor(name)
      let found = false
      let w = 0
      for (let r = 0; r < list.length; r++) {
        if (list[r]![0] !== key) list[w++] = list[r]!
        else if (!found) {
          found = true
          list[w++] = [key, StringCtor(value)]
        }
      }
      list.length = w
      if (!found) ArrayPrototypePush(list, [key, StringCtor(value)])
      this.#update()
    }
    sort(): void {
      ArrayPrototypeSort(listOf(this), (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      this.#update()
    }
    forEach(callback: unknown, thisArg?: unknown): void {
      if (!isCallable(callback)) throw new TypeErrorCtor('The "callback" argument must be of type function')
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) ReflectApply(callback, thisArg, [list[i]![1], list[i]![0], this])
    }
    *keys(): IterableIterator<string> {
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) yield list[i]![0]
    }
    *values(): IterableIterator<string> {
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) yield list[i]![1]
    }
    *entries(): IterableIterator<[string, string]> {
      const list = listOf(this)
      for (let i = 0; i < list.length; i++) yield [list[i]![0], list[i]![1]]
    }
    [Symbol.iterator](): IterableIterator<[string, string]> {
      return this.entries()
    }
    toString(): string {
      const list = listOf(this)
      const parts: string[] = []
      for (let i = 0; i < list.length; i++) ArrayPrototypePush(parts, `${formEncode(list[i]![0])}=${formEncode(list[i]![1])}`)
      return ArrayPrototypeJoin(parts, '&')
    }
    get [Symbol.toStringTag](): string {
      return 'URLSearchParams'
    }
    [INSPECT](): string {
      const list = listOf(this)
      if (list.length === 0) return 'URLSearchParams {}'
      const parts: string[] = []
      for (let i = 0; i < list.length; i++) ArrayPrototypePush(parts, `${inspect(list[i]![0])} => ${inspect(list[i]![1])}`)
      return `URLSearchParams { ${ArrayPrototypeJoin(parts, ', ')} }`
    }
  }

  class URL {
    #parts: Parts
    #params: URLSearchParams
    constructor(input: unknown, base?: unknown) {
      const baseParts = base === undefined ? undefined : new URL(base).#parts
      this.#parts = parse(StringCtor(input), baseParts)
      this.#params = new URLSearchParams(this.#parts.search)
      WeakMapPrototypeSet(ownerOf, this.#params, this)
    }
    static canParse(input: unknown, base?: unknown): boolean {
      try {
        new URL(input, base)
        return true
      } catch {
        return false
      }
    }
    get href(): string {
      const p = this.#parts
      const auth = p.username !== '' || p.password !== '' ? `${p.username}${p.password !== '' ? `:${p.password}` : ''}@` : ''
      const authority = p.hostname !== '' || SPECIAL_PORTS[p.protocol] !== undefined ? `//${auth}${this.host}` : ''
      return `${p.protocol}${authority}${p.pathname}${p.search}${p.hash}`
    }
    set href(value: string) {
      this.#parts = parse(StringCtor(value))
      WeakMapPrototypeSet(paramsOf, this.#params, parseQuery(this.#parts.search))
    }
    get origin(): string {
      const p = this.#parts
      return SPECIAL_PORTS[p.protocol] !== undefined && p.protocol !== 'file:' ? `${p.protocol}//${this.host}` : 'null'
    }
    get protocol(): string {
      return this.#parts.protocol
    }
    set protocol(value: string) {
      const text = StringPrototypeToLowerCase(StringCtor(value))
      this.#parts.protocol = StringPrototypeCharCodeAt(text, text.length - 1) === 58 ? text : `${text}:`
    }
    get username(): string {
      return this.#parts.username
    }
    set username(value: string) {
      this.#parts.username = StringCtor(value)
    }
    get password(): string {
      return this.#parts.password
    }
    set password(value: string) {
      this.#parts.password = StringCtor(value)
    }
    get host(): string {
      return this.#parts.port === '' ? this.#parts.hostname : `${this.#parts.hostname}:${this.#parts.port}`
    }
    set host(value: string) {
      const text = StringCtor(value)
      const colon = StringPrototypeLastIndexOf(text, ':')
      if (colon > 0 && StringPrototypeIndexOf(text, ']') < colon) {
        this.#parts.hostname = StringPrototypeToLowerCase(StringPrototypeSlice(text, 0, colon))
        this.port = StringPrototypeSlice(text, colon + 1)
      } else this.#parts.hostname = StringPrototypeToLowerCase(text)
    }
    get hostname(): string {
      return this.#parts.hostname
    }
    set hostname(value: string) {
      this.#parts.hostname = StringPrototypeToLowerCase(StringCtor(value))
    }
    get port(): string {
      return this.#parts.port
    }
    set port(value: string) {
      const text = StringCtor(value)
      this.#parts.port = text === '' || SPECIAL_PORTS[this.#parts.protocol] === text ? '' : StringCtor(+text | 0)
    }
    get pathname(): string {
      return this.#parts.pathname
    }
    set pathname(value: string) {
      const text = StringCtor(value)
      this.#parts.pathname = encodeSet(removeDotSegments(StringPrototypeCharCodeAt(text, 0) === 47 ? text : `/${text}`), false)
    }
    get search(): string {
      return this.#parts.search
    }
    set search(value: string) {
      const text = StringCtor(value)
      this.#parts.search = text === '' || text === '?' ? '' : encodeSet(StringPrototypeCharCodeAt(text, 0) === 63 ? text : `?${text}`, true)
      WeakMapPrototypeSet(paramsOf, this.#params, parseQuery(this.#parts.search))
    }
    get searchParams(): URLSearchParams {
      return this.#params
    }
    get hash(): string {
      return this.#parts.hash
    }
    set hash(value: string) {
      const text = StringCtor(value)
      this.#parts.hash = text === '' || text === '#' ? '' : StringPrototypeCharCodeAt(text, 0) === 35 ? text : `#${text}`
    }
    toString(): string {
      return this.href
    }
    toJSON(): string {
      return this.href
    }
    get [Symbol.toStringTag](): string {
      return 'URL'
    }
    [INSPECT](depth: number, options: unknown, inspectValue: (value: unknown, options?: unknown) => string): string {
      if (depth < 0) return this.href
      const view = {
        href: this.href,
        origin: this.origin,
        protocol: this.protocol,
        username: this.username,
        password: this.password,
        host: this.host,
        hostname: this.hostname,
        port: this.port,
        pathname: this.pathname,
        search: this.search,
        searchParams: this.searchParams,
        hash: this.hash,
      }
      return `URL ${StringPrototypeSlice(inspectValue(view, options), 0)}`
    }
  }

  function fileURLToPath(url: unknown): string {
    const parsed = typeof url === 'string' ? new URL(url) : (url as URL)
    if (!isObject(parsed) || ReflectGet(parsed, 'protocol') !== 'file:') {
      const error = new TypeErrorCtor('The URL must be of scheme file')
      ObjectDefineProperty(error, 'code', { value: 'ERR_INVALID_URL_SCHEME', writable: true, enumerable: true, configurable: true })
      throw error
    }
    return DecodeURIComponent(ReflectGet(parsed, 'pathname') as string)
  }

  function pathToFileURL(path: unknown, resolve: (p: string) => string): URL {
    return new URL(`file://${encodeSet(resolve(StringCtor(path)), false)}`)
  }

  return { URL, URLSearchParams, fileURLToPath, pathToFileURL }
}
