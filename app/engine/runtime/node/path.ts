/**
 * `node:path` (POSIX, as on the Linux machine a Looplab program pretends to
 * run on), after Node's lib/path.js. The working directory is the
 * program's `process.cwd()`; the in-memory file system (fs.ts) resolves
 * paths with the same functions.
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  StringCtor,
  StringPrototypeCharCodeAt,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
} from '../primordials.ts'
import { invalidArgType } from './errors.ts'

/** The program's working directory (`process.cwd()`), where relative paths start. */
export const NODE_HOME = '/home/learner'

const SLASH = 47
const DOT = 46

function validateString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value)
}

/** Resolves `.` and `..` segments (Node's normalizeString for POSIX). */
function normalizeString(path: string, allowAboveRoot: boolean): string {
  let res = ''
  let lastSegmentLength = 0
  let lastSlash = -1
  let dots = 0
  let code = 0
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = StringPrototypeCharCodeAt(path, i)
    else if (code === SLASH) break
    else code = SLASH
    if (code === SLASH) {
      if (lastSlash === i - 1 || dots === 1) {
        // empty segment or '.'
      } else if (dots === 2) {
        if (
          res.length < 2 ||
          lastSegmentLength !== 2 ||
          StringPrototypeCharCodeAt(res, res.length - 1) !== DOT ||
          StringPrototypeCharCodeAt(res, res.length - 2) !== DOT
        ) {
          if (res.length > 2) {
            const lastSlashIndex = StringPrototypeLastIndexOf(res, '/')
            if (lastSlashIndex === -1) {
              res = ''
              lastSegmentLength = 0
            } else {
              res = StringPrototypeSlice(res, 0, lastSlashIndex)
              lastSegmentLength = res.length - 1 - StringPrototypeLastIndexOf(res, '/')
            }
            lastSlash = i
            dots = 0
            continue
          } else if (res.length !== 0) {
            res = ''
            lastSegmentLength = 0
            lastSlash = i
            dots = 0
            continue
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? '/..' : '..'
          lastSegmentLength = 2
        }
      } else {
        if (res.length > 0) res += `/${StringPrototypeSlice(path, lastSlash + 1, i)}`
        else res = StringPrototypeSlice(path, lastSlash + 1, i)
        lastSegmentLength = i - lastSlash - 1
      }
      lastSlash = i
      dots = 0
    } else if (code === DOT && dots !== -1) {
      ++dots
    } else {
      dots = -1
    }
  }
  return res
}

export function createPath(cwd: () => string) {
  function resolve(...args: unknown[]): string {
    let resolvedPath = ''
    let resolvedAbsolute = false
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : cwd()
      validateString(path, `paths[${i}]`)
      if (path.length === 0) continue
      resolvedPath = `${path}/${resolvedPath}`
      resolvedAbsolute = StringPrototypeCharCodeAt(path, 0) === SLASH
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute)
    if (resolvedAbsolute) return `/${resolvedPath}`
    return resolvedPath.length > 0 ? resolvedPath : '.'
  }

  function normalize(path: unknown): string {
    validateString(path, 'path')
    if (path.length === 0) return '.'
    const isAbsolute = StringPrototypeCharCodeAt(path, 0) === SLASH
    const trailingSeparator = StringPrototypeCharCodeAt(path, path.length - 1) === SLASH
    let result = normalizeString(path, !isAbsolute)
    if (result.length === 0) {
      if (isAbsolute) return '/'
      return trailingSeparator ? './' : '.'
    }
    if (trailingSeparator) result += '/'
    return isAbsolute ? `/${result}` : result
  }

  function isAbsolute(path: unknown): boolean {
    validateString(path, 'path')
    return path.length > 0 && StringPrototypeCharCodeAt(path, 0) === SLASH
  }

  function join(...args: unknown[]): string {
    if (args.length === 0) return '.'
    const parts: string[] = []
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i]
      validateString(arg, 'path')
      if (arg.length > 0) ArrayPrototypePush(parts, arg)
    }
    if (parts.length === 0) return '.'
    return normalize(ArrayPrototypeJoin(parts, '/'))
  }

  function relative(from: unknown, to: unknown): string {
    validateString(from, 'from')
    validateString(to, 'to')
    if (from === to) return ''
    const fromPath = resolve(from)
    const toPath = resolve(to)
    if (fromPath === toPath) return ''
    const fromStart = 1
    const fromEnd = fromPath.length
    const fromLen = fromEnd - fromStart
    const toStart = 1
    const toLen = toPath.length - toStart
    const length = fromLen < toLen ? fromLen : toLen
    let lastCommonSep = -1
    let i = 0
    for (; i < length; i++) {
      const fromCode = StringPrototypeCharCodeAt(fromPath, fromStart + i)
      if (fromCode !== StringPrototypeCharCodeAt(toPath, toStart + i)) break
      else if (fromCode === SLASH) lastCommonSep = i
    }
    if (i === length) {
      if (toLen > length) {
        if (StringPrototypeCharCodeAt(toPath, toStart + i) === SLASH) return StringPrototypeSlice(toPath, toStart + i + 1)
        if (i === 0) return StringPrototypeSlice(toPath, toStart + i)
      } else if (fromLen > length) {
        if (StringPrototypeCharCodeAt(fromPath, fromStart + i) === SLASH) lastCommonSep = i
        else if (i === 0) lastCommonSep = 0
      }
    }
    let out = ''
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || StringPrototypeCharCodeAt(fromPath, i) === SLASH) out += out.length === 0 ? '..' : '/..'
    }
    return `${out}${StringPrototypeSlice(toPath, toStart + lastCommonSep)}`
  }

  function dirname(path: unknown): string {
    validateString(path, 'path')
    if (path.length === 0) return '.'
    const hasRoot = StringPrototypeCharCodeAt(path, 0) === SLASH
    let end = -1
    let matchedSlash = true
    for (let i = path.length - 1; i >= 1; --i) {
      if (StringPrototypeCharCodeAt(path, i) === SLASH) {
        if (!matchedSlash) {
          end = i
          break
        }
      } else matchedSlash = false
    }
    if (end === -1) return hasRoot ? '/' : '.'
    if (hasRoot && end === 1) return '//'
    return StringPrototypeSlice(path, 0, end)
  }

  function basename(path: unknown, suffix?: unknown): string {
    if (suffix !== undefined) validateString(suffix, 'suffix')
    validateString(path, 'path')
    let start = 0
    let end = -1
    let matchedSlash = true
    for (let i = path.length - 1; i >= 0; --i) {
      if (StringPrototypeCharCodeAt(path, i) === SLASH) {
        if (!matchedSlash) {
          start = i + 1
          break
        }
      } else if (end === -1) {
        matchedSlash = false
        end = i + 1
      }
    }
    if (end === -1) return ''
    const base = StringPrototypeSlice(path, start, end)
    if (typeof suffix === 'string' && suffix.length > 0 && suffix !== base && base.length > suffix.length) {
      if (StringPrototypeSlice(base, base.length - suffix.length) === suffix)
        return StringPrototypeSlice(base, 0, base.length - suffix.length)
    }
    return base
  }

  function extname(path: unknown): string {
    validateString(path, 'path')
    const base = basename(path)
    const dot = StringPrototypeLastIndexOf(base, '.')
    if (dot <= 0 || (dot === 1 && base === '..')) return ''
    return StringPrototypeSlice(base, dot)
  }

  function format(pathObject: unknown): string {
    if (pathObject === null || typeof pathObject !== 'object') throw invalidArgType('pathObject', 'object', pathObject)
    const { dir, root, base, name, ext } = pathObject as Record<string, unknown>
    const dirPart = (dir || root) as string | undefined
    const extPart = ext ? (StringPrototypeCharCodeAt(StringCtor(ext), 0) === DOT ? StringCtor(ext) : `.${StringCtor(ext)}`) : ''
    const basePart = (base as string | undefined) || `${(name as string | undefined) ?? ''}${extPart}`
    if (!dirPart) return basePart
    return dirPart === root ? `${dirPart}${basePart}` : `${dirPart}/${basePart}`
  }

  function parse(path: unknown): { root: string; dir: string; base: string; ext: string; name: string } {
    validateString(path, 'path')
    const root = path.length > 0 && StringPrototypeCharCodeAt(path, 0) === SLASH ? '/' : ''
    let end = path.length
    while (end > 1 && StringPrototypeCharCodeAt(path, end - 1) === SLASH) end--
    let start = end
    while (start > 0 && StringPrototypeCharCodeAt(path, start - 1) !== SLASH) start--
    const base = StringPrototypeSlice(path, start, end)
    if (base === '' || (root === '/' && end === 1)) return { root, dir: root, base: '', ext: '', name: '' }
    let dir = start > 1 ? StringPrototypeSlice(path, 0, start - 1) : start === 1 ? root : ''
    if (dir === '' && root === '/') dir = '/'
    const ext = extname(base)
    return { root, dir, base, ext, name: ext.length > 0 ? StringPrototypeSlice(base, 0, base.length - ext.length) : base }
  }

  const path: Record<string, unknown> = {
    resolve,
    normalize,
    isAbsolute,
    join,
    relative,
    toNamespacedPath: (p: unknown) => p,
    dirname,
    basename,
    extname,
    format,
    parse,
    sep: '/',
    delimiter: ':',
  }
  path.posix = path
  return path
}
