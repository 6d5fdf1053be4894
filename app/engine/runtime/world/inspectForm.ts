/**
 * Console forms of the world's classes: `Name { field: value, … }`, as Node
 * prints its own objects of these kinds.
 */
import { registerConsoleInspector } from '../console/inspect.ts'
import { ObjectDefineProperty, ReflectApply, StringCtor, SymbolFor } from '../primordials.ts'

const INSPECT_CUSTOM = SymbolFor('nodejs.util.inspect.custom')

/** Where and how {@link defineInspect} gives a class its console form. */
export interface InspectForm {
  /** As a `[util.inspect.custom]` method (the default: Node has one), or known to the console only (Chromium has no such symbol). */
  where?: 'symbol' | 'console only'
  /**
   * `'fixed'` (default): always `name`, `[name]` past the depth limit. `'constructor'` (Node's
   * events): the instance's constructor name (`name` when it has none), bare past the depth limit.
   * `'instance'` (Node's performance entries): the constructor name, `[name]` past the depth limit.
   */
  naming?: 'fixed' | 'constructor' | 'instance'
  /**
   * What shows past the depth limit instead: a fixed text (Node's PerformanceObserver has no own
   * keys there: `PerformanceObserver {}`), or `'full'` for the whole form at any depth (undici's Headers).
   */
  pastDepth?: string
  /** Inspects the fields one level shallower than the options say (Node's perf_hooks classes do). */
  shallower?: boolean
}

/**
 * Gives a class of the world a Node-style `console.log` form,
 * `Name { field: value, … }`, built from the fields `view` returns.
 */
export function defineInspect(
  proto: object,
  name: string,
  view: (self: object) => Record<string, unknown> | readonly unknown[],
  form: InspectForm = {},
): void {
  const byConstructor = form.naming === 'constructor'
  const hook = {
    // Named as Node names these methods: `[nodejs.util.inspect.custom]`.
    // (depth, options), length 2 as Node's; util.inspect passes its own inspect third.
    [INSPECT_CUSTOM](this: object, depth: unknown, options: unknown, ...rest: unknown[]): unknown {
      const inspectValue = rest[0]
      if (typeof inspectValue !== 'function') return this
      let shown = name
      if (byConstructor || form.naming === 'instance') {
        const ctor = (this as { constructor?: { name?: unknown } }).constructor
        if (typeof ctor?.name === 'string') shown = ctor.name
      }
      if (typeof depth === 'number' && depth < 0 && form.pastDepth !== 'full')
        return form.pastDepth ?? (byConstructor ? shown : `[${shown}]`)
      let used = options
      if (form.shallower && typeof options === 'object' && options !== null) {
        const depthOption = (options as { depth?: unknown }).depth
        used = { ...options, depth: typeof depthOption === 'number' ? depthOption - 1 : depthOption }
      }
      return `${shown} ${StringCtor(ReflectApply(inspectValue, undefined, [view(this), used]))}`
    },
  }[INSPECT_CUSTOM] as (...args: unknown[]) => unknown
  if (form.where === 'console only') {
    registerConsoleInspector(proto, hook)
    return
  }
  ObjectDefineProperty(proto, INSPECT_CUSTOM, { value: hook, writable: true, enumerable: false, configurable: true })
}
