/**
 * Shared types of the inspector: the host hooks the modeled runtime provides,
 * the public options, and the mutable context threaded through one
 * `inspect` call (Node's `ctx`).
 */

/** Any function value, whatever its parameters (a learner's function, a class, a bound or native one). */
export type AnyFunction = (...args: never) => unknown

/** What the modeled runtime knows about values that plain JavaScript cannot see. */
export interface InspectHost {
  /** The state of one of the runtime's own promises, or undefined if `value` is not one. */
  promiseState(value: object): { state: 'pending' } | { state: 'fulfilled' | 'rejected'; value: unknown } | undefined
  /**
   * The target of a Proxy the learner created, or undefined. Node (showProxy: false) formats the target.
   * `null` marks a revoked proxy (printed `<Revoked Proxy>`).
   */
  proxyTarget(value: object): object | null | undefined
  /** The handler of a Proxy the learner created; only needed for `showProxy` (`%o`), which prints `Proxy [ target, handler ]`. */
  proxyHandler?(value: object): object | undefined
  /** The stack string to print for an error (the runtime may rewrite frames); default: the error's own `stack`. */
  errorStack?(error: object): string | undefined
  /** Whether `value` is an async/generator function kind the runtime lowered (so `[AsyncFunction: f]` still prints); return 'AsyncFunction' | 'AsyncGeneratorFunction' | 'GeneratorFunction' | undefined. */
  functionKind?(fn: AnyFunction): string | undefined
  /** The source text `Function.prototype.toString` presents for `fn` (the runtime's own functions read as native); default: V8's. */
  functionSource?(fn: AnyFunction): string
  /**
   * The entries a Map/Set iterator has left, without advancing it (V8's
   * `previewEntries`): `isKeyValue` for `entries()` iterators, whose `entries`
   * are flattened `[k1, v1, k2, v2, …]`. Without it iterators print `<items unknown>`.
   */
  previewEntries?(iterator: object): { entries: readonly unknown[]; isKeyValue: boolean } | undefined
}

/** The subset of `util.inspect` options the console supports (no colors). */
export interface InspectOptions {
  /** Nesting levels to expand (default 2); `null` or `Infinity` for all. */
  depth?: number | null
  /** Width at which entries are split over several lines (default 80). */
  breakLength?: number
  /** `false`: one entry per line; a number: inner levels merged on one line (default 3); `true`: legacy compact mode. */
  compact?: number | boolean
  /** Array/Set/Map/typed array items shown (default 100); `null` for all. */
  maxArrayLength?: number | null
  /** Characters of a string shown (default 10000); `null` for all. */
  maxStringLength?: number | null
  /** Sort object keys (and Set/Map entries); a comparator is accepted too. */
  sorted?: boolean | ((a: string, b: string) => number)
  /** Also show non-enumerable properties and symbol keys. */
  showHidden?: boolean
  /** Colors are never produced. */
  colors?: false
  /** Honour `[util.inspect.custom]` methods (default true; `console.dir` turns it off). */
  customInspect?: boolean
  /** Print `Proxy [ target, handler ]` instead of the target (needs `host.proxyHandler`). */
  showProxy?: boolean
}

/** Kinds of property lists (Node's kObjectType / kArrayType / kArrayExtrasType). */
export const OBJECT_TYPE = 0
export const ARRAY_TYPE = 1
export const ARRAY_EXTRAS_TYPE = 2
export type ListType = typeof OBJECT_TYPE | typeof ARRAY_TYPE | typeof ARRAY_EXTRAS_TYPE

/** A learner-facing options object handed to `[util.inspect.custom]` methods. */
export type UserOptions = Record<string, unknown>

/** The state of one `inspect` call. */
export interface Ctx {
  /** Output length produced so far per indentation level (guards against huge outputs). */
  budget: Record<number, number>
  indentationLvl: number
  /** Objects on the current path, for `[Circular *n]`. */
  seen: object[]
  /** Reference numbers of objects found to be circular. */
  circular: Map<object, number> | undefined
  /** Depth of the innermost object formatted so far (Node's `currentDepth`). */
  currentDepth: number
  showHidden: boolean
  depth: number | null
  customInspect: boolean
  showProxy: boolean
  maxArrayLength: number
  maxStringLength: number
  breakLength: number
  compact: number | boolean
  sorted: boolean | ((a: string, b: string) => number)
  /** Options the caller passed that are not inspect options; forwarded to custom inspectors. */
  userOptions: UserOptions | undefined
  host: InspectHost | undefined
  /** Recursion entry points (set by `inspect.ts`, so the other modules need not import it). */
  formatValue(ctx: Ctx, value: unknown, recurseTimes: number, typedArray?: boolean): string
  formatProperty(ctx: Ctx, value: object, recurseTimes: number, key: PropertyKey, type: ListType, desc?: PropertyDescriptor): string
}

/** Formats the items of one object (Node's per-type "formatter"). */
export type Formatter = (ctx: Ctx, value: object, recurseTimes: number) => string[]

/** Whether `recurseTimes` is past the depth limit. */
export const beyondDepth = (ctx: Ctx, recurseTimes: number): boolean => ctx.depth !== null && recurseTimes > ctx.depth

/**
 * The `Foo(2) [Tag] ` prefix before a brace: the constructor name (or
 * `[fallback: null prototype]`), an optional size, and the tag when it differs.
 */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `
    return `[${fallback}${size}: null prototype] `
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `
  return `${constructor}${size} `
}
