/**
 * URLs and route patterns of the simulated network. Hand-written rather than
 * path-to-regexp or URLPattern: routes use a tiny syntax (`/users/:id`, a final
 * `*`), the matcher runs inside the learner's realm where it may call only
 * captured primordials (a library calls the realm's patchable String, Array
 * and RegExp methods), and URLPattern is missing from Node 20, where the
 * engine also runs.
 */
import {
  DecodeURIComponent,
  MathImul,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  TypeErrorCtor,
} from '../primordials.ts'

/** The origin relative URLs (`fetch('/users/1')`) are resolved against. */
export const LOCAL_ORIGIN = 'http://localhost'

/** A URL taken apart (the parts the simulated network needs). */
export interface ParsedUrl {
  /** The whole URL, absolute. */
  readonly href: string
  /** Lower-case host with port, `localhost` for relative URLs. */
  readonly host: string
  /** Whether the program wrote a path only (`/users/1`). */
  readonly relative: boolean
  /** `/users/1`. */
  readonly pathname: string
  /** `?q=x`, or ''. */
  readonly search: string
}

const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/
const RELATIVE = /^(\/[^?#]*)(\?[^#]*)?(#.*)?$/

/** Parses an absolute URL or a path starting with `/`; undefined for anything else. */
export function parseUrl(input: string): ParsedUrl | undefined {
  const absolute = RegExpPrototypeExec(ABSOLUTE, input)
  if (absolute) {
    const scheme = StringPrototypeToLowerCase(absolute[1]!)
    const host = StringPrototypeToLowerCase(absolute[2]!)
    const pathname = absolute[3] || '/'
    const search = absolute[4] ?? ''
    return { href: `${scheme}://${host}${pathname}${search}`, host, relative: false, pathname, search }
  }
  const relative = RegExpPrototypeExec(RELATIVE, input)
  if (!relative) return undefined
  const pathname = relative[1]!
  const search = relative[2] ?? ''
  return { href: `${LOCAL_ORIGIN}${pathname}${search}`, host: 'localhost', relative: true, pathname, search }
}

/** Sets a data property without running setters a program may have put on `Object.prototype`. */
export function defineData(target: object, key: string, value: unknown): void {
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}

function decode(text: string): string {
  try {
    return DecodeURIComponent(StringPrototypeReplace(text, /\+/g, ' '))
  } catch {
    return text
  }
}

/** `?a=1&b=two` as `{ a: '1', b: 'two' }` (a repeated key keeps its last value). */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  const text = StringPrototypeStartsWith(search, '?') ? StringPrototypeSlice(search, 1) : search
  if (text === '') return query
  const pairs = StringPrototypeSplit(text, '&')
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!
    if (pair === '') continue
    const eq = StringPrototypeIndexOf(pair, '=')
    const key = decode(eq === -1 ? pair : StringPrototypeSlice(pair, 0, eq))
    defineData(query, key, eq === -1 ? '' : decode(StringPrototypeSlice(pair, eq + 1)))
  }
  return query
}

/** A route's path pattern: `/users/:id`, `/files/*`, or with a host, `https://api.example.com/users/:id`. */
export interface PathPattern {
  /** The host the route is for, or undefined for any host. */
  readonly host: string | undefined
  readonly segments: readonly string[]
}

function segmentsOf(pathname: string): string[] {
  const parts = StringPrototypeSplit(pathname, '/')
  const segments: string[] = []
  for (let i = 0; i < parts.length; i++) if (parts[i] !== '') segments[segments.length] = parts[i]!
  return segments
}

export function compilePattern(path: string): PathPattern {
  const url = parseUrl(path)
  if (!url) throw new TypeErrorCtor(`A route path must start with "/" or be an absolute URL, got "${path}".`)
  return { host: url.relative ? undefined : url.host, segments: segmentsOf(url.pathname) }
}

/** The `:param` captures when `url` matches `pattern`, or undefined. A final `*` matches the rest. */
export function matchPattern(pattern: PathPattern, url: ParsedUrl): Record<string, string> | undefined {
  if (pattern.host !== undefined && pattern.host !== url.host) return undefined
  const segments = segmentsOf(url.pathname)
  const expected = pattern.segments
  const params: Record<string, string> = {}
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i]!
    if (want === '*' && i === expected.length - 1) return params
    const got = segments[i]
    if (got === undefined) return undefined
    if (StringPrototypeCharCodeAt(want, 0) === 58 /* : */) defineData(params, StringPrototypeSlice(want, 1), decode(got))
    else if (want !== got) return undefined
  }
  return segments.length === expected.length ? params : undefined
}

/** A deterministic number in [0, 1) from a text (FNV-1a, then a final mix). */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= StringPrototypeCharCodeAt(text, i)
    h = MathImul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = MathImul(h, 0x85ebca6b)
  h ^= h >>> 13
  return (h >>> 0) / 4294967296
}
