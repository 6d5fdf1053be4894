/**
 * Object-level helpers of the inspector: which keys are listed, how a key is
 * written, the tag, dates and regexps, module namespaces, and the guards for
 * learner code that throws while being formatted.
 */
import {
  ArrayPrototypePush,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  DatePrototypeToString,
  NativeRegExp,
  NumberIsNaN,
  ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  RangeErrorCtor,
  FunctionPrototypeSymbolHasInstance,
  ReflectGet,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  RegExpPrototypeToString,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  SymbolPrototypeToString,
  SymbolToStringTag,
} from '../primordials.ts'
import { OBJECT_TYPE, type Ctx } from './context.ts'
import { isArrayIndex } from './entries.ts'
import { safeGet, safeString } from './errors.ts'
import { escapeText, formatPrimitive, quoteString } from './text.ts'

/** Own enumerable string keys then enumerable symbols; with `showHidden`, all own keys. */
export function getKeys(value: object, showHidden: boolean): PropertyKey[] {
  const symbols = ObjectGetOwnPropertySymbols(value)
  let keys: PropertyKey[]
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value)
    for (let i = 0; i < symbols.length; i++) ArrayPrototypePush(keys, symbols[i]!)
    return keys
  }
  try {
    keys = ObjectKeys(value)
  } catch {
    // A module namespace with uninitialized bindings.
    keys = ObjectGetOwnPropertyNames(value)
  }
  for (let i = 0; i < symbols.length; i++) {
    if (ObjectPrototypePropertyIsEnumerable(value, symbols[i]!)) ArrayPrototypePush(keys, symbols[i]!)
  }
  return keys
}

/** Keys of an array or typed array other than its indices (enumerable ones unless `showHidden`). */
export function getOwnNonIndexProperties(value: object, showHidden: boolean): PropertyKey[] {
  const all = ReflectOwnKeys(value)
  const keys: PropertyKey[] = []
  for (let i = 0; i < all.length; i++) {
    const key = all[i]!
    if (isArrayIndex(key)) continue
    if (showHidden || ObjectPrototypePropertyIsEnumerable(value, key)) ArrayPrototypePush(keys, key)
  }
  return keys
}

/** Identifier-like keys print bare; others quoted; symbols and non-enumerable keys in brackets. */
export function formatKey(key: PropertyKey, enumerable: boolean): string {
  if (typeof key === 'symbol') return `[${escapeText(SymbolPrototypeToString(key), true)}]`
  const name = `${key}`
  if (name === '__proto__') return "['__proto__']"
  if (!enumerable) return `[${escapeText(name, true)}]`
  return isIdentifierName(name) ? name : quoteString(name)
}

function isIdentifierName(name: string): boolean {
  if (name.length === 0) return false
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_'
    if (!letter && (i === 0 || c < '0' || c > '9')) return false
  }
  return true
}

/** The `Symbol.toStringTag` to show: a string that is not an own (enumerable) property. */
export function readTag(ctx: Ctx, value: object): string {
  let tag: unknown
  try {
    tag = ReflectGet(value, SymbolToStringTag)
  } catch {
    return ''
  }
  if (typeof tag !== 'string') return ''
  const listed = ctx.showHidden
    ? ObjectPrototypeHasOwnProperty(value, SymbolToStringTag)
    : ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)
  return tag !== '' && listed ? '' : tag
}

/** ISO form, or `Date.prototype.toString` (`Invalid Date`) for invalid dates. */
export const dateString = (value: Date): string =>
  NumberIsNaN(DatePrototypeGetTime(value)) ? DatePrototypeToString(value) : DatePrototypeToISOString(value)

export const regExpString = (value: RegExp, constructor: string | null): string =>
  RegExpPrototypeToString(constructor !== null ? value : new NativeRegExp(value))

/** A module namespace's bindings; a binding still in its TDZ shows `<uninitialized>`. */
export function formatNamespaceEntries(ctx: Ctx, value: object, recurseTimes: number, keys: readonly PropertyKey[]): string[] {
  const output: string[] = []
  for (let i = 0; i < keys.length; i++) {
    try {
      ArrayPrototypePush(output, ctx.formatProperty(ctx, value, recurseTimes, keys[i]!, OBJECT_TYPE))
    } catch {
      const placeholder = ctx.formatProperty(ctx, { [keys[i]!]: '' }, recurseTimes, keys[i]!, OBJECT_TYPE)
      ArrayPrototypePush(output, `${StringPrototypeSlice(placeholder, 0, StringPrototypeLastIndexOf(placeholder, ' ') + 1)}<uninitialized>`)
    }
  }
  return output
}

let stackOverflowMessage: string | undefined

function overflow(): number {
  return overflow() + 1
}

/** Whether `error` is the engine's "Maximum call stack size exceeded" RangeError. */
export function isStackOverflow(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !FunctionPrototypeSymbolHasInstance(RangeErrorCtor, error)) return false
  if (stackOverflowMessage === undefined) {
    try {
      overflow()
    } catch (sample) {
      const descriptor = ReflectGetOwnPropertyDescriptor(sample as object, 'message')
      stackOverflowMessage = descriptor !== undefined && typeof descriptor.value === 'string' ? descriptor.value : ''
    }
  }
  const descriptor = ReflectGetOwnPropertyDescriptor(error, 'message')
  return descriptor !== undefined && descriptor.value === stackOverflowMessage
}

/** The placeholder printed where learner code run by the formatter threw. */
export function inspectionThrew(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const name = safeString(safeGet(error, 'name'), 'Error')
    const message = safeString(safeGet(error, 'message'))
    return `[Inspection threw ${message === '' ? name : `${name}: ${message}`}]`
  }
  if (typeof error === 'function') return '[Inspection threw a function]'
  const text = formatPrimitive({ maxStringLength: 200, compact: true } as Ctx, error)
  return `[Inspection threw ${text}]`
}
