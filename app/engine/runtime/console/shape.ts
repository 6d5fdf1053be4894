/**
 * The shape of one object in Node's output: the text before the braces
 * (`[Function: f]`, a date, an error's stack), the braces with their
 * `Foo(2) [Tag]` prefix, the keys to list and the formatter of its items —
 * or the final text when the object prints without braces (`[]`, `{}`…).
 */
import {
  ArrayIsArray,
  ArrayPrototypePush,
  MapPrototypeGetSize,
  ReflectGet,
  ReflectHas,
  SetPrototypeGetSize,
  SymbolIterator,
  TypedArrayPrototypeGetLength,
} from '../primordials.ts'
import {
  boxedKind,
  isArgumentsObject,
  isArrayBuffer,
  isDataView,
  isDate,
  isError,
  isMap,
  isMapIterator,
  isModuleNamespace,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isWeakMap,
  isWeakSet,
  typedArrayName,
} from './brands.ts'
import {
  ARRAY_EXTRAS_TYPE,
  OBJECT_TYPE,
  beyondDepth,
  getPrefix,
  type AnyFunction,
  type Ctx,
  type Formatter,
  type ListType,
} from './context.ts'
import { getBoxedBase, getFunctionBase } from './describe.ts'
import {
  formatArray,
  formatArrayBuffer,
  formatIterator,
  formatMap,
  formatPromise,
  formatSet,
  formatTypedArray,
  formatWeakCollection,
  getIteratorBraces,
} from './entries.ts'
import { formatError } from './errors.ts'
import { dateString, formatNamespaceEntries, getKeys, getOwnNonIndexProperties, regExpString } from './objects.ts'
import { formatNumber } from './text.ts'

const emptyFormatter: Formatter = () => []

/** How one object prints: the text before the braces, the braces, the keys and the item formatter. */
export interface Shape {
  base: string
  braces: [string, string]
  keys: PropertyKey[]
  formatter: Formatter
  extrasType: ListType
}

/** A fresh shape: `{ … }` with no keys and no items. */
export const emptyShape = (): Shape => ({ base: '', braces: ['{', '}'], keys: [], formatter: emptyFormatter, extrasType: OBJECT_TYPE })

/**
 * Fills `shape` for `value`'s kind. Returns the final text instead when the
 * object prints without braces (`[]`, `{}`, `[Function: f]`, a date…).
 */
export function describeShape(
  ctx: Ctx,
  value: object,
  recurseTimes: number,
  typedArray: boolean,
  constructor: string | null,
  tag: string,
  protoProps: string[] | undefined,
  shape: Shape,
): string | undefined {
  const noKeys = (): boolean => shape.keys.length === 0 && protoProps === undefined
  if (ReflectHas(value, SymbolIterator) || constructor === null) {
    if (ArrayIsArray(value)) {
      const length = (value as unknown[]).length
      const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${length})`) : ''
      shape.keys = getOwnNonIndexProperties(value, ctx.showHidden)
      shape.braces = [`${prefix}[`, ']']
      if (length === 0 && noKeys()) return `${prefix}[]`
      shape.extrasType = ARRAY_EXTRAS_TYPE
      shape.formatter = formatArray
      return undefined
    }
    if (isSet(value) || isMap(value)) {
      const set = isSet(value)
      const size = set ? SetPrototypeGetSize(value) : MapPrototypeGetSize(value)
      const prefix = getPrefix(constructor, tag, set ? 'Set' : 'Map', `(${size})`)
      shape.keys = getKeys(value, ctx.showHidden)
      shape.formatter = set ? formatSet : formatMap
      if (size === 0 && noKeys()) return `${prefix}{}`
      shape.braces = [`${prefix}{`, '}']
      return undefined
    }
    const typedName = typedArrayName(value)
    if (typedName !== undefined) {
      shape.keys = getOwnNonIndexProperties(value, ctx.showHidden)
      const size = TypedArrayPrototypeGetLength(value)
      const prefix = getPrefix(constructor, tag, constructor === null ? typedName : '', `(${size})`)
      shape.braces = [`${prefix}[`, ']']
      if (size === 0 && shape.keys.length === 0 && !ctx.showHidden) return `${prefix}[]`
      shape.formatter = formatTypedArray
      shape.extrasType = ARRAY_EXTRAS_TYPE
      return undefined
    }
    if (isMapIterator(value) || isSetIterator(value)) {
      shape.keys = getKeys(value, ctx.showHidden)
      const braces = getIteratorBraces(isMapIterator(value) ? 'Map' : 'Set', tag)
      shape.braces = braces
      shape.formatter = (c, v, r) => formatIterator(braces, c, v, r)
      return undefined
    }
  }
  shape.keys = getKeys(value, ctx.showHidden)
  const keys = shape.keys
  if (typeof value === 'function') {
    shape.base = getFunctionBase(ctx, value as AnyFunction, constructor, tag)
    if (noKeys()) return shape.base
  } else if (constructor === 'Object') {
    if (isArgumentsObject(value)) shape.braces[0] = '[Arguments] {'
    else if (tag !== '') shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`
    if (noKeys()) return `${shape.braces[0]}}`
  } else if (isRegExp(value)) {
    shape.base = regExpString(value, constructor)
    const prefix = getPrefix(constructor, tag, 'RegExp')
    if (prefix !== 'RegExp ') shape.base = `${prefix}${shape.base}`
    if (noKeys() || beyondDepth(ctx, recurseTimes)) return shape.base
  } else if (isDate(value)) {
    shape.base = dateString(value)
    const prefix = getPrefix(constructor, tag, 'Date')
    if (prefix !== 'Date ') shape.base = `${prefix}${shape.base}`
    if (noKeys()) return shape.base
  } else if (isError(value)) {
    shape.base = formatError(ctx, value, constructor, tag, keys)
    if (noKeys()) return shape.base
  } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer')
    if (!typedArray) shape.formatter = formatArrayBuffer
    else if (noKeys()) return `${prefix}{ byteLength: ${formatNumber(ReflectGet(value, 'byteLength') as number)} }`
    shape.braces[0] = `${prefix}{`
    unshift(keys, ['byteLength'])
  } else if (isDataView(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`
    unshift(keys, ['byteLength', 'byteOffset', 'buffer'])
  } else if (ctx.host?.promiseState(value) !== undefined) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`
    shape.formatter = formatPromise
  } else if (isWeakSet(value) || isWeakMap(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, isWeakSet(value) ? 'WeakSet' : 'WeakMap')}{`
    shape.formatter = formatWeakCollection
  } else if (isModuleNamespace(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`
    const namespaceKeys = sliceKeys(keys)
    keys.length = 0
    shape.formatter = (c, v, r) => formatNamespaceEntries(c, v, r, namespaceKeys)
  } else if (boxedKind(value) !== undefined) {
    shape.base = getBoxedBase(ctx, value, keys, constructor, tag)
    if (noKeys()) return shape.base
  } else {
    if (noKeys()) return `${getPrefix(constructor, tag, 'Object')}{}`
    shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`
  }
  return undefined
}

function unshift(keys: PropertyKey[], first: readonly PropertyKey[]): void {
  const rest = sliceKeys(keys)
  keys.length = 0
  for (let i = 0; i < first.length; i++) ArrayPrototypePush(keys, first[i]!)
  for (let i = 0; i < rest.length; i++) ArrayPrototypePush(keys, rest[i]!)
}

function sliceKeys(keys: readonly PropertyKey[]): PropertyKey[] {
  const copy: PropertyKey[] = []
  for (let i = 0; i < keys.length; i++) ArrayPrototypePush(copy, keys[i]!)
  return copy
}
