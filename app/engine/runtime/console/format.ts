/**
 * `util.format` / `util.formatWithOptions`: printf-style specifiers in a
 * leading string (`%s %d %i %f %j %o %O %c %%`), then every remaining
 * argument — strings as they are, anything else inspected — joined by spaces.
 */
import {
  JSONStringify,
  NumberCtor,
  NumberParseFloat,
  NumberParseInt,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ReflectGet,
  StringCtor,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} from '../primordials.ts'
import type { InspectHost, InspectOptions } from './context.ts'
import { isBuiltInName } from './describe.ts'
import { safeGet } from './errors.ts'
import { inspect } from './inspect.ts'
import { inspectionThrew } from './objects.ts'
import { formatBigInt, formatNumber } from './text.ts'

/**
 * Whether `%s` should inspect the object rather than call `String()` on it:
 * true unless a user-defined (non built-in) `toString` would be used.
 */
function hasBuiltInToString(value: object, host: InspectHost | undefined): boolean {
  let target = value
  for (let inner = host?.proxyTarget(target); inner !== undefined; inner = host?.proxyTarget(target)) {
    if (inner === null) return true // a revoked proxy counts as built-in
    target = inner
  }
  if (typeof ReflectGet(target, 'toString') !== 'function') return true
  if (ObjectPrototypeHasOwnProperty(target, 'toString')) return false
  let pointer: object | null = target
  do {
    pointer = ObjectGetPrototypeOf(pointer)
  } while (pointer !== null && !ObjectPrototypeHasOwnProperty(pointer, 'toString'))
  if (pointer === null) return true
  const descriptor = ObjectGetOwnPropertyDescriptor(pointer, 'constructor')
  return descriptor !== undefined && typeof descriptor.value === 'function' && isBuiltInName(ReflectGet(descriptor.value as object, 'name'))
}

let circularMessage: string | undefined

const firstLine = (text: string): string => {
  const end = StringPrototypeIndexOf(text, '\n')
  return end === -1 ? text : StringPrototypeSlice(text, 0, end)
}

/** `%j`: JSON, or `[Circular]` for the engine's circular-structure error. */
function tryStringify(value: unknown): string {
  try {
    return `${JSONStringify(value)}`
  } catch (error) {
    if (circularMessage === undefined) {
      const a: Record<string, unknown> = {}
      a.a = a
      try {
        JSONStringify(a)
      } catch (sample) {
        circularMessage = firstLine(StringCtor(safeGet(sample as object, 'message')))
      }
    }
    if (
      typeof error === 'object' &&
      error !== null &&
      safeGet(error, 'name') === 'TypeError' &&
      firstLine(`${safeGet(error, 'message') as string}`) === circularMessage
    ) {
      return '[Circular]'
    }
    return inspectionThrew(error)
  }
}

/** Runs a conversion that may call learner code (`toString`, `valueOf`); a throw yields the placeholder. */
function guarded(convert: () => string): string {
  try {
    return convert()
  } catch (error) {
    return inspectionThrew(error)
  }
}

function formatSpecifier(code: number, arg: unknown, options: InspectOptions, host: InspectHost | undefined): string {
  switch (code) {
    case 115: // s
      if (typeof arg === 'number') return formatNumber(arg)
      if (typeof arg === 'bigint') return formatBigInt(arg)
      if (typeof arg !== 'object' || arg === null || !guardedBool(() => hasBuiltInToString(arg, host)))
        return guarded(() => StringCtor(arg))
      return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 }, host)
    case 106: // j
      return tryStringify(arg)
    case 100: // d
      if (typeof arg === 'bigint') return formatBigInt(arg)
      if (typeof arg === 'symbol') return 'NaN'
      return guarded(() => formatNumber(NumberCtor(arg)))
    case 79: // O
      return inspect(arg, options, host)
    case 111: // o
      return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 }, host)
    case 105: // i
      if (typeof arg === 'bigint') return formatBigInt(arg)
      if (typeof arg === 'symbol') return 'NaN'
      return guarded(() => formatNumber(NumberParseInt(arg as string)))
    case 102: // f
      if (typeof arg === 'symbol') return 'NaN'
      return guarded(() => formatNumber(NumberParseFloat(arg as string)))
    default: // c: CSS, consumed and ignored
      return ''
  }
}

function guardedBool(check: () => boolean): boolean {
  try {
    return check()
  } catch {
    return true
  }
}

const SPECIFIERS = 'sjdOoifc'

/** Node's `util.formatWithOptions(options, ...args)` (colors are never produced). Never throws. */
export function formatWithOptions(options: InspectOptions, args: readonly unknown[], host?: InspectHost): string {
  try {
    return formatArguments(options, args, host)
  } catch (error) {
    return inspectionThrew(error)
  }
}

function formatArguments(options: InspectOptions, args: readonly unknown[], host: InspectHost | undefined): string {
  const first = args[0]
  let a = 0
  let str = ''
  let join = ''
  if (typeof first === 'string') {
    if (args.length === 1) return first
    let lastPos = 0
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue // '%'
      const next = StringPrototypeCharCodeAt(first, ++i)
      if (a + 1 !== args.length) {
        if (next === 37) {
          str += StringPrototypeSlice(first, lastPos, i)
          lastPos = i + 1
          continue
        }
        if (StringPrototypeIndexOf(SPECIFIERS, first[i]!) === -1) continue
        const text = formatSpecifier(next, args[++a], options, host)
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1)
        str += text
        lastPos = i + 1
      } else if (next === 37) {
        str += StringPrototypeSlice(first, lastPos, i)
        lastPos = i + 1
      }
    }
    if (lastPos !== 0) {
      a++
      join = ' '
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos)
    }
  }
  while (a < args.length) {
    const value = args[a]
    str += join
    str += typeof value !== 'string' ? inspect(value, options, host) : value
    join = ' '
    a++
  }
  return str
}

/** `util.format(...args)`. */
export const format = (...args: unknown[]): string => formatWithOptions({}, args)
