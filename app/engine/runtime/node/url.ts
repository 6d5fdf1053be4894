/**
 * `node:url`: the WHATWG `URL` and `URLSearchParams` (the globals), the
 * file-URL helpers (`fileURLToPath(import.meta.url)` gives `__filename` in an
 * ES module), and the legacy `url.parse` older tutorials use on `req.url`.
 */
import {
  ArrayPrototypePush,
  ObjectCreate,
  RegExpPrototypeTest,
  StringCtor,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} from '../primordials.ts'
import type { WorldInternals } from '../world/world.ts'

export function createUrlModule(url: WorldInternals['url'], resolve: (path: string) => string): Record<string, unknown> {
  const { URL, URLSearchParams } = url
  function parse(input: unknown, parseQueryString?: unknown): Record<string, unknown> {
    const text = StringCtor(input)
    const absolute = RegExpPrototypeTest(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, text)
    const parsed = new URL(text, 'http://looplab.invalid')
    const hashAt = StringPrototypeIndexOf(text, '#')
    const search = parsed.search
    let query: unknown = search === '' ? null : StringPrototypeSlice(search, 1)
    if (parseQueryString) {
      const object = ObjectCreate(null) as Record<string, string | string[]>
      const entries: [string, string][] = []
      parsed.searchParams.forEach((value: string, key: string) => ArrayPrototypePush(entries, [key, value]))
      for (let i = 0; i < entries.length; i++) {
        const key = entries[i]![0]
        const value = entries[i]![1]
        const existing = object[key]
        if (existing === undefined) object[key] = value
        else if (typeof existing === 'string') object[key] = [existing, value]
        else ArrayPrototypePush(existing, value)
      }
      query = object
    }
    return {
      protocol: absolute ? parsed.protocol : null,
      slashes: absolute ? true : null,
      auth: absolute && parsed.username !== '' ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}` : null,
      host: absolute ? parsed.host : null,
      port: absolute && parsed.port !== '' ? parsed.port : null,
      hostname: absolute ? parsed.hostname : null,
      hash: hashAt === -1 ? null : parsed.hash,
      search: search === '' ? (parseQueryString ? '' : null) : search,
      query,
      pathname: parsed.pathname,
      path: `${parsed.pathname}${search}`,
      href: absolute ? parsed.href : text,
    }
  }
  return {
    URL,
    URLSearchParams,
    fileURLToPath: url.fileURLToPath,
    pathToFileURL: (path: unknown) => url.pathToFileURL(path, resolve),
    parse,
  }
}
