/**
 * `util.inspect` for the modeled runtime: formats any value exactly as Node 20
 * does (no colors), without trusting the realm — learner code may have patched
 * every prototype method, so only primordials are used, and any learner code
 * Node would run (getters of `constructor.name`, `Symbol.toStringTag`,
 * `[util.inspect.custom]`…) runs under a guard: a throw prints a placeholder
 * instead of escaping.
 *
 * Hand-written on purpose (about 2,500 lines with the rest of console/). The
 * maintained ports were weighed: node-inspect-extracted (Node's own inspect.js
 * with emulated internals), object-inspect, loupe, pretty-format, util. None
 * can print byte for byte what Node 20 prints here: the values are the modeled
 * runtime's (its own Promise, whose state lives in private slots; proxies and
 * Map/Set iterators whose targets and remaining entries only the runtime
 * knows; async functions lowered to generators; stacks rewritten to the
 * learner's lines), which a port can only see through V8 internals it does
 * not have in a browser — it prints them as plain objects. And a port reads
 * the realm's prototypes when it runs, after the learner's program may have
 * patched them; this code uses only primordials captured before the program
 * starts. The conformance corpus and test/engine/console compare every form
 * with real Node's util.inspect, so drift shows up as a failing test.
 */
import {
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ReflectApply,
  ReflectDefineProperty,
  ReflectGet,
  StringPrototypeSlice,
  SymbolFor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'
import {
  ARRAY_EXTRAS_TYPE,
  ARRAY_TYPE,
  OBJECT_TYPE,
  beyondDepth,
  getPrefix,
  type Ctx,
  type InspectHost,
  type InspectOptions,
  type ListType,
} from './context.ts'
import { getConstructorName } from './describe.ts'
import { reduceToSingleString } from './layout.ts'
import { formatKey, inspectionThrew, isStackOverflow, readTag } from './objects.ts'
import { createContext, getUserOptions } from './options.ts'
import { describeShape, emptyShape } from './shape.ts'
import { formatPrimitive, getStringWidth, replaceAll, spaces } from './text.ts'

export type { InspectHost, InspectOptions } from './context.ts'

/** `util.inspect.custom`. */
export const inspectCustom: unique symbol = SymbolFor('nodejs.util.inspect.custom') as never

/**
 * Console forms of host objects whose host has no `[util.inspect.custom]` on them (Chromium's
 * AbortSignal has none, yet Looplab's console shows its state): a hook per prototype, found along
 * the value's prototype chain and called as a `[util.inspect.custom]` method would be.
 */
const consoleInspectors = new NativeWeakMap<object, (...args: unknown[]) => unknown>()

/** Registers `hook` as the console form of `proto`'s instances, without a visible symbol. */
export function registerConsoleInspector(proto: object, hook: (...args: unknown[]) => unknown): void {
  WeakMapPrototypeSet(consoleInspectors, proto, hook)
}

function consoleInspectorOf(value: object): unknown {
  for (let proto = ObjectGetPrototypeOf(value), hops = 0; proto !== null && hops < 64; proto = ObjectGetPrototypeOf(proto), hops++) {
    const hook = WeakMapPrototypeGet(consoleInspectors, proto)
    if (hook !== undefined) return hook
  }
  return undefined
}

/** The recursion entry points every context carries. */
const RECURSE: Pick<Ctx, 'formatValue' | 'formatProperty'> = { formatValue, formatProperty }

/** Formats `value` as Node's `util.inspect(value, options)` does; never throws. */
export function inspect(value: unknown, options?: InspectOptions, host?: InspectHost): string {
  try {
    return formatValue(createContext(options, host, RECURSE), value, 0)
  } catch (error) {
    // Last line of defence (e.g. an index setter planted on Array.prototype): never throw at the caller.
    return inspectionThrew(error)
  }
}

/** The `inspect` handed to custom inspectors: formats with the same host. */
function inspectFor(host: InspectHost | undefined): (value: unknown, options?: InspectOptions) => string {
  const bound = function inspect(value: unknown, options?: InspectOptions): string {
    return formatValue(createContext(options, host, RECURSE), value, 0)
  }
  ReflectDefineProperty(bound, 'custom', { value: inspectCustom, enumerable: false })
  return bound
}

/** Whether the object's own chain reaches `Object.prototype` (Node's `instanceof Object` check). */
function inheritsObjectPrototype(value: object): boolean {
  let current = ObjectGetPrototypeOf(value)
  while (current !== null) {
    if (current === ObjectPrototype) return true
    current = ObjectGetPrototypeOf(current)
  }
  return false
}

function formatValue(ctx: Ctx, value: unknown, recurseTimes: number, typedArray = false): string {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(ctx, value)
  if (value === null) return 'null'
  const seenLength = ctx.seen.length
  const indentationLvl = ctx.indentationLvl
  try {
    return formatObject(ctx, value, recurseTimes, typedArray)
  } catch (error) {
    ctx.seen.length = seenLength
    ctx.indentationLvl = indentationLvl
    if (isStackOverflow(error)) return '[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]'
    return inspectionThrew(error)
  }
}

function formatObject(ctx: Ctx, value: object, recurseTimes: number, typedArray: boolean): string {
  const context = value
  const host = ctx.host
  let isProxy = false
  if (host !== undefined) {
    let target = host.proxyTarget(value)
    if (target !== undefined) {
      if (target === null) return '<Revoked Proxy>'
      const handler = ctx.showProxy ? host.proxyHandler?.(value) : undefined
      if (handler !== undefined) return formatProxy(ctx, target, handler, recurseTimes)
      isProxy = true
      while (target !== undefined) {
        if (target === null) return '<Revoked Proxy>'
        value = target
        target = host.proxyTarget(value)
      }
    }
  }
  if (ctx.customInspect) {
    let custom: unknown = ReflectGet(value, inspectCustom)
    if (custom === undefined) custom = consoleInspectorOf(value)
    if (typeof custom === 'function' && custom !== inspect && !isPrototypeOfItsConstructor(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes
      const isCrossContext = isProxy || !inheritsObjectPrototype(context)
      const ret: unknown = ReflectApply(custom, context, [depth, getUserOptions(ctx, isCrossContext), inspectFor(host)])
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes)
        return replaceAll(ret, '\n', `\n${spaces(ctx.indentationLvl)}`)
      }
    }
  }
  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index: number | undefined = 1
    if (ctx.circular === undefined) {
      ctx.circular = new NativeMap()
      MapPrototypeSet(ctx.circular, value, index)
    } else {
      index = MapPrototypeGet(ctx.circular, value)
      if (index === undefined) {
        index = MapPrototypeGetSize(ctx.circular) + 1
        MapPrototypeSet(ctx.circular, value, index)
      }
    }
    return `[Circular *${index}]`
  }
  return formatRaw(ctx, value, recurseTimes, typedArray)
}

/** `value.constructor.prototype === value`: prototype objects do not use their own custom inspector. */
function isPrototypeOfItsConstructor(value: object): boolean {
  const constructor: unknown = ReflectGet(value, 'constructor')
  return !!constructor && ReflectGet(constructor, 'prototype') === value
}

/** `Proxy [ target, handler ]` (showProxy). */
function formatProxy(ctx: Ctx, target: object, handler: object, recurseTimes: number): string {
  if (beyondDepth(ctx, recurseTimes)) return 'Proxy [Array]'
  recurseTimes += 1
  ctx.indentationLvl += 2
  const res = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)]
  ctx.indentationLvl -= 2
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], ARRAY_EXTRAS_TYPE, recurseTimes)
}

function formatRaw(ctx: Ctx, value: object, recurseTimes: number, typedArray: boolean): string {
  let protoProps: string[] | undefined = ctx.showHidden && !beyondDepth(ctx, recurseTimes) ? [] : undefined
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps)
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined
  const tag = readTag(ctx, value)
  const shape = emptyShape()
  const early = describeShape(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps, shape)
  if (early !== undefined) return early
  const { braces, keys, formatter, extrasType } = shape
  let base = shape.base

  if (beyondDepth(ctx, recurseTimes)) {
    const name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1)
    return constructor !== null ? `[${name}]` : name
  }
  recurseTimes += 1
  ArrayPrototypePush(ctx.seen, value)
  ctx.currentDepth = recurseTimes
  const indentationLvl = ctx.indentationLvl
  let output: string[]
  try {
    output = formatter(ctx, value, recurseTimes)
    for (let i = 0; i < keys.length; i++) ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i]!, extrasType))
    if (protoProps !== undefined) for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]!)
  } catch (error) {
    if (!isStackOverflow(error)) throw error
    ctx.seen.length--
    ctx.indentationLvl = indentationLvl
    const name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1)
    return `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`
  }
  if (ctx.circular !== undefined) {
    const index = MapPrototypeGet(ctx.circular, value)
    if (index !== undefined) {
      const reference = `<ref *${index}>`
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`
      else braces[0] = `${reference} ${braces[0]}`
    }
  }
  ctx.seen.length--

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted
    if (extrasType === OBJECT_TYPE) {
      ArrayPrototypeSort(output, comparator)
    } else if (keys.length > 1) {
      const start = output.length - keys.length
      const tail = ArrayPrototypeSort(sliceList(output, start), comparator)
      for (let i = 0; i < tail.length; i++) output[start + i] = tail[i]!
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value)
  const newLength = (ctx.budget[ctx.indentationLvl] ?? 0) + res.length
  ctx.budget[ctx.indentationLvl] = newLength
  // Past ~128 MiB of output, stop expanding (as Node does, to bound the work).
  if (newLength > 2 ** 27) ctx.depth = -1
  return res
}

function sliceList(list: readonly string[], start: number): string[] {
  const copy: string[] = []
  for (let i = start; i < list.length; i++) ArrayPrototypePush(copy, list[i]!)
  return copy
}

/** Own-property read of a descriptor field (descriptors inherit from a patchable `Object.prototype`). */
const field = (desc: PropertyDescriptor, name: keyof PropertyDescriptor): unknown =>
  ObjectPrototypeHasOwnProperty(desc, name) ? (desc as Record<keyof PropertyDescriptor, unknown>)[name] : undefined

/** `key: value`, `[hidden]: value`, `[Symbol(s)]: value`, `[Getter]`…; just the value inside arrays. */
function formatProperty(
  ctx: Ctx,
  value: object,
  recurseTimes: number,
  key: PropertyKey,
  type: ListType,
  desc?: PropertyDescriptor,
): string {
  let extra = ' '
  desc ??= ObjectGetOwnPropertyDescriptor(value, key) ?? { value: ReflectGet(value, key), enumerable: true }
  const data = field(desc, 'value')
  const getter = field(desc, 'get')
  const setter = field(desc, 'set')
  let str: string
  if (data !== undefined) {
    const diff = ctx.compact !== true || type !== OBJECT_TYPE ? 2 : 3
    ctx.indentationLvl += diff
    str = formatValue(ctx, data, recurseTimes)
    if (diff === 3 && ctx.breakLength < getStringWidth(str, false)) extra = `\n${spaces(ctx.indentationLvl)}`
    ctx.indentationLvl -= diff
  } else if (getter !== undefined) {
    str = setter !== undefined ? '[Getter/Setter]' : '[Getter]'
  } else if (setter !== undefined) {
    str = '[Setter]'
  } else {
    str = 'undefined'
  }
  if (type === ARRAY_TYPE) return str
  return `${formatKey(key, field(desc, 'enumerable') !== false)}:${extra}${str}`
}
