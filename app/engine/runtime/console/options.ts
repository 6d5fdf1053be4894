/**
 * Options: reading the caller's `util.inspect` options into a fresh context
 * (defaults as Node 20: depth 2, breakLength 80, compact 3…), and building
 * the options object `[util.inspect.custom]` methods receive.
 */
import { ObjectCreate, ObjectSetPrototypeOf, ReflectDefineProperty, ReflectGet } from '../primordials.ts'
import type { Ctx, InspectHost, UserOptions } from './context.ts'
import { getKeys } from './objects.ts'

/** Node's `stylizeNoColor`: colors are never produced. */
export const stylizeNoColor = (text: string): string => text

/** Reads the caller's options (possibly a learner object: each read is guarded). */
export function createContext(options: unknown, host: InspectHost | undefined, recurse: Pick<Ctx, 'formatValue' | 'formatProperty'>): Ctx {
  const ctx: Ctx = {
    budget: ObjectCreate(null) as Record<number, number>,
    indentationLvl: 0,
    seen: [],
    circular: undefined,
    currentDepth: 0,
    showHidden: false,
    depth: 2,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    userOptions: undefined,
    host,
    formatValue: recurse.formatValue,
    formatProperty: recurse.formatProperty,
  }
  if (options === null || typeof options !== 'object') return ctx
  let keys: PropertyKey[]
  try {
    keys = getKeys(options, false)
  } catch {
    return ctx
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    let v: unknown
    try {
      v = ReflectGet(options, key)
    } catch {
      continue
    }
    switch (key) {
      case 'showHidden':
      case 'customInspect':
      case 'showProxy':
        ctx[key] = !!v
        break
      case 'depth':
        if (v === null || typeof v === 'number') ctx.depth = v
        break
      case 'maxArrayLength':
      case 'maxStringLength':
        if (v === null || typeof v === 'number') ctx[key] = v === null ? Infinity : v
        break
      case 'breakLength':
        if (typeof v === 'number') ctx.breakLength = v
        break
      case 'compact':
        if (typeof v === 'number' || typeof v === 'boolean') ctx.compact = v
        break
      case 'sorted':
        ctx.sorted = typeof v === 'function' ? (v as (a: string, b: string) => number) : !!v
        break
      case 'colors':
      case 'getters':
      case 'numericSeparator':
      case 'stylize':
        break
      default:
        ctx.userOptions = options as UserOptions
    }
  }
  return ctx
}

/** The options object a `[util.inspect.custom](depth, options, inspect)` method receives. */
export function getUserOptions(ctx: Ctx, isCrossContext: boolean): UserOptions {
  const options: UserOptions = {
    stylize: stylizeNoColor,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: false,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: false,
    numericSeparator: false,
  }
  const extra = ctx.userOptions
  if (extra !== undefined) {
    const keys = getKeys(extra, false)
    for (let i = 0; i < keys.length; i++) {
      ReflectDefineProperty(options, keys[i]!, { value: ReflectGet(extra, keys[i]!), writable: true, enumerable: true, configurable: true })
    }
  }
  if (isCrossContext) {
    ObjectSetPrototypeOf(options, null)
    const keys = getKeys(options, false)
    for (let i = 0; i < keys.length; i++) {
      const v = options[keys[i] as string]
      if ((typeof v === 'object' && v !== null) || typeof v === 'function') delete options[keys[i] as string]
    }
    ReflectDefineProperty(options, 'stylize', { value: stylizeNoColor, writable: true, enumerable: true, configurable: true })
  }
  return options
}
