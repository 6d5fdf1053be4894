/**
 * What an object is called: its constructor name as Node finds it (walking
 * the prototype chain for a `constructor` whose `name` is set and of which the
 * object is an instance), and the bases of functions, classes and boxed
 * primitives (`[Function: f]`, `[class B extends A]`, `[Number: 3]`).
 */
import {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  FunctionPrototypeToString,
  NumberPrototypeValueOf,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  ReflectGet,
  ReflectOwnKeys,
  RegExpPrototypeExec,
  StringCtor,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  StringPrototypeValueOf,
  SymbolPrototypeValueOf,
} from '../primordials.ts'
import { boxedKind, nativeFunctionKind } from './brands.ts'
import { OBJECT_TYPE, beyondDepth, type AnyFunction, type Ctx } from './context.ts'
import { formatBigInt, formatNumber, formatPrimitive, formatSymbol } from './text.ts'

/** The ECMAScript built-in constructors (Node's `builtInObjects`, minus host globals). */
const BUILT_IN_OBJECTS: readonly string[] = [
  'Object',
  'Function',
  'Array',
  'Number',
  'Boolean',
  'String',
  'Symbol',
  'Date',
  'Promise',
  'RegExp',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'JSON',
  'Math',
  'Intl',
  'ArrayBuffer',
  'SharedArrayBuffer',
  'Atomics',
  'DataView',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
  'BigInt',
  'Proxy',
  'Reflect',
  'WeakRef',
  'FinalizationRegistry',
  'WebAssembly',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'Uint8ClampedArray',
  'BigUint64Array',
  'BigInt64Array',
]
export const isBuiltInName = (name: unknown): boolean => typeof name === 'string' && ArrayPrototypeIncludes(BUILT_IN_OBJECTS, name)

function isInstanceof(object: object, ctor: unknown): boolean {
  try {
    // The operator, as Node uses it: a static `Symbol.hasInstance` is honoured.
    return object instanceof (ctor as new () => unknown)
  } catch {
    return false
  }
}

/** The engine's own name for an object's kind, when no usable constructor is found. */
const internalConstructorName = (value: object): string =>
  ArrayIsArray(value) ? 'Array' : typeof value === 'function' ? 'Function' : 'Object'

/**
 * Node's `getConstructorName`: `null` for a null-prototype chain. With
 * `showHidden`, also collects user-defined non-method prototype properties
 * into `protoProps`.
 */
export function getConstructorName(obj: object, ctx: Ctx, recurseTimes: number, protoProps: string[] | undefined): string | null {
  let firstProto: object | null | undefined
  let current: object | null = obj
  while (current !== null) {
    const descriptor = ObjectGetOwnPropertyDescriptor(current, 'constructor')
    if (descriptor !== undefined && typeof descriptor.value === 'function') {
      const name: unknown = ReflectGet(descriptor.value as object, 'name')
      if (name !== '' && isInstanceof(obj, descriptor.value)) {
        if (protoProps !== undefined && (firstProto !== current || !isBuiltInName(name))) {
          addPrototypeProperties(ctx, obj, firstProto || obj, recurseTimes, protoProps)
        }
        return StringCtor(name)
      }
    }
    current = ObjectGetPrototypeOf(current)
    if (firstProto === undefined) firstProto = current
  }
  if (firstProto === null) return null
  const res = internalConstructorName(obj)
  if (beyondDepth(ctx, recurseTimes)) return `${res} <Complex prototype>`
  const protoConstructor = getConstructorName(firstProto!, ctx, recurseTimes + 1, protoProps)
  if (protoConstructor === null) {
    const saved = {
      budget: ctx.budget,
      depth: ctx.depth,
      customInspect: ctx.customInspect,
      indentationLvl: ctx.indentationLvl,
      seen: ctx.seen,
      circular: ctx.circular,
      currentDepth: ctx.currentDepth,
    }
    ctx.budget = {}
    ctx.depth = -1
    ctx.customInspect = false
    ctx.indentationLvl = 0
    ctx.seen = []
    ctx.circular = undefined
    try {
      return `${res} <${ctx.formatValue(ctx, firstProto, 0)}>`
    } finally {
      ctx.budget = saved.budget
      ctx.depth = saved.depth
      ctx.customInspect = saved.customInspect
      ctx.indentationLvl = saved.indentationLvl
      ctx.seen = saved.seen
      ctx.circular = saved.circular
      ctx.currentDepth = saved.currentDepth
    }
  }
  return `${res} <${protoConstructor}>`
}

/** Non-method properties defined on up to three user prototypes, shown with `showHidden`. */
function addPrototypeProperties(ctx: Ctx, main: object, start: object, recurseTimes: number, output: string[]): void {
  let obj: object | null = start
  const above: PropertyKey[] = []
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj)
      if (obj === null) return
      const descriptor = ObjectGetOwnPropertyDescriptor(obj, 'constructor')
      if (
        descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        isBuiltInName(ReflectGet(descriptor.value as object, 'name'))
      )
        return
    }
    const keys = ReflectOwnKeys(obj)
    ArrayPrototypePush(ctx.seen, main)
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) || (depth !== 0 && ArrayPrototypeIncludes(above, key))) continue
      const desc = ObjectGetOwnPropertyDescriptor(obj, key)!
      if (typeof desc.value === 'function') continue
      ArrayPrototypePush(output, ctx.formatProperty(ctx, obj, recurseTimes, key, OBJECT_TYPE, desc))
    }
    ctx.seen.length--
    for (let i = 0; i < keys.length; i++) ArrayPrototypePush(above, keys[i]!)
  }
}

/** Removes `//…\n` and `/*…*\/` comments (Node's slow-path class check). */
function stripComments(source: string): string {
  let result = ''
  let i = 0
  while (i < source.length) {
    if (source[i] === '/' && source[i + 1] === '/') {
      const end = StringPrototypeIndexOf(source, '\n', i + 2)
      if (end !== -1) {
        i = end + 1
        continue
      }
    } else if (source[i] === '/' && source[i + 1] === '*') {
      const end = StringPrototypeIndexOf(source, '*/', i + 2)
      if (end !== -1) {
        i = end + 2
        continue
      }
    }
    result += source[i]
    i++
  }
  return result
}

const classHeader = /^(\s+[^(]*?)\s*{/

function isClassSource(source: string): boolean {
  if (!StringPrototypeStartsWith(source, 'class') || !StringPrototypeEndsWith(source, '}')) return false
  const body = StringPrototypeSlice(source, 5, -1)
  const bracketIndex = StringPrototypeIndexOf(body, '{')
  if (bracketIndex === -1) return false
  return (
    !StringPrototypeIncludes(StringPrototypeSlice(body, 0, bracketIndex), '(') ||
    RegExpPrototypeExec(classHeader, stripComments(body)) !== null
  )
}

function getClassBase(value: AnyFunction, constructor: string | null, tag: string): string {
  const name = (ObjectPrototypeHasOwnProperty(value, 'name') && ReflectGet(value, 'name')) || '(anonymous)'
  let base = `class ${StringCtor(name)}`
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`
  if (constructor !== null) {
    const proto = ObjectGetPrototypeOf(value)
    const superName: unknown = proto === null ? undefined : ReflectGet(proto, 'name')
    if (superName) base += ` extends ${StringCtor(superName)}`
  } else {
    base += ' extends [null prototype]'
  }
  return `[${base}]`
}

/** `[Function: f]`, `[AsyncFunction (anonymous)]`, `[class A extends B]`… */
export function getFunctionBase(ctx: Ctx, value: AnyFunction, constructor: string | null, tag: string): string {
  const source = ctx.host?.functionSource ? ctx.host.functionSource(value) : FunctionPrototypeToString(value)
  if (isClassSource(source)) return getClassBase(value, constructor, tag)
  let type = nativeFunctionKind(value)
  const lowered = type === undefined ? ctx.host?.functionKind?.(value) : undefined
  if (lowered !== undefined) {
    type = lowered
    // A lowered async function is a plain function: its constructor is Function, not the kind.
    if (constructor === 'Function') constructor = type
  }
  type ??= 'Function'
  let base = `[${type}`
  if (constructor === null) base += ' (null prototype)'
  const name: unknown = ReflectGet(value, 'name')
  base += name === '' ? ' (anonymous)' : `: ${StringCtor(name)}`
  base += ']'
  if (constructor !== type && constructor !== null) base += ` ${constructor}`
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`
  return base
}

/** `[Number: 3]`, `[String: 'x']`… For boxed strings, drops the index keys from `keys`. */
export function getBoxedBase(ctx: Ctx, value: object, keys: PropertyKey[], constructor: string | null, tag: string): string {
  const type = boxedKind(value)!
  let primitive: string
  switch (type) {
    case 'Number':
      primitive = formatNumber(NumberPrototypeValueOf(value))
      break
    case 'String': {
      const text = StringPrototypeValueOf(value)
      ArrayPrototypeSplice(keys, 0, text.length)
      primitive = formatPrimitive(ctx, text)
      break
    }
    case 'Boolean':
      primitive = `${BooleanPrototypeValueOf(value)}`
      break
    case 'BigInt':
      primitive = formatBigInt(BigIntPrototypeValueOf(value))
      break
    default:
      primitive = formatSymbol(SymbolPrototypeValueOf(value))
  }
  let base = `[${type}`
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`
  base += `: ${primitive}]`
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`
  return base
}
