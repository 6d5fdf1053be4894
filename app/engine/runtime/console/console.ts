/**
 * The learner-facing `console`: Node's methods over a sink. stdout methods
 * (log, info, debug, dir, dirxml, table, group, count, time*) write at the
 * levels 'log'/'info'/'debug'; warn, error, trace and failed asserts at
 * 'warn'/'error'. Group indentation applies to every line. Like Node's global
 * console, methods that delegate (group → log, assert → warn, trace → error,
 * count/time* → log) look the delegate up on the console object, so a
 * learner's replacement of `console.log` is honoured.
 */
import { NODE_CONSOLE_KEYS } from './consoleKeys.ts'
import {
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeHas,
  MapPrototypeSet,
  MathFloor,
  NativeMap,
  NumberCtor,
  NumberPrototypeToFixed,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototype,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectDeleteProperty,
  ReflectGet,
  StringPrototypePadStart,
  StringPrototypeSlice,
  SymbolPrototypeToString,
  SymbolToStringTag,
} from '../primordials.ts'
import type { InspectHost, InspectOptions } from './context.ts'
import { formatWithOptions } from './format.ts'
import { inspect } from './inspect.ts'
import { inspectionThrew } from './objects.ts'
import { formatTable } from './table.ts'
import { bindStreamMethods, createConsoleClass } from './consoleClass.ts'
import { replaceAll, splitString } from './text.ts'

/** Where a console line goes: stdout-like levels ('log', 'info', 'debug') or stderr-like ('warn', 'error'). */
export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error'

/** Receives one write per console call; `text` has no trailing newline and may span several lines. */
export interface ConsoleSink {
  write: (level: ConsoleLevel, text: string) => void
}

/** What a console needs from the runtime. */
export interface ConsoleOptions {
  /** Receives the formatted output. */
  sink: ConsoleSink
  /** Virtual milliseconds, for console.time/timeEnd/timeLog. */
  now: () => number
  /** Lets the formatter see runtime promises, proxies, lowered functions, rewritten stacks. */
  host?: InspectHost
  /**
   * The stack frames `console.trace` prints under its `Trace: …` header, as
   * lines starting with `    at `. Without it only the header is printed.
   */
  traceFrames?: () => readonly string[] | undefined
  /** Whose key order `Object.keys(console)` follows (Node's by default). */
  profile?: 'node' | 'browser'
  /** A console that `new console.Console(…)` makes (Node's has no `Console` of its own). */
  nested?: boolean
  /** How values are shown (`new Console({ inspectOptions })`): every method's formatting, and `dir`'s defaults. */
  inspectOptions?: InspectOptions
}

const GROUP_INDENT = '  '

/** Node's `formatTime`: `12.345ms`, `1.500s`, `1:02.500 (m:ss.mmm)`, `1:00:02.500 (h:mm:ss.mmm)`. */
export function formatDuration(ms: number): string {
  let hours = 0
  let minutes = 0
  let seconds = 0
  if (ms >= 1000) {
    if (ms >= 60_000) {
      if (ms >= 3_600_000) {
        hours = MathFloor(ms / 3_600_000)
        ms = ms % 3_600_000
      }
      minutes = MathFloor(ms / 60_000)
      ms = ms % 60_000
    }
    seconds = ms / 1000
  }
  const pad = (value: number | string): string => StringPrototypePadStart(`${value}`, 2, '0')
  if (hours !== 0 || minutes !== 0) {
    const parts = splitString(NumberPrototypeToFixed(seconds, 3), '.')
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`
    return `${head}:${pad(parts[0]!)}.${parts[1]!} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`
  return `${NumberCtor(NumberPrototypeToFixed(ms, 3))}ms`
}

/** `${label}` as Node coerces labels; a Symbol (which Node rejects with a TypeError) prints as `Symbol(x)`. */
function labelOf(label: unknown): string {
  if (typeof label === 'symbol') return SymbolPrototypeToString(label)
  try {
    return `${label as string}`
  } catch (error) {
    return inspectionThrew(error)
  }
}

/** A console object whose methods behave as Node's do (log, info, debug, warn, error, dir, dirxml, table, group, groupCollapsed, groupEnd, time, timeEnd, timeLog, count, countReset, assert, trace, and the ones that do nothing here: clear, profile, profileEnd, timeStamp), its keys in the host's order. */
export function createConsole(options: ConsoleOptions): Record<string, (...args: unknown[]) => void> {
  const { sink, now, host } = options
  let groupIndent = ''
  const counts = new NativeMap<string, number>()
  const timers = new NativeMap<string, number>()

  const write = (level: ConsoleLevel, text: string): void => {
    if (groupIndent !== '') text = groupIndent + replaceAll(text, '\n', `\n${groupIndent}`)
    sink.write(level, text)
  }
  /** Node prints these through `process.emitWarning`: on stderr, not indented by groups. */
  const warning = (message: string): void => sink.write('warn', `Warning: ${message}`)
  const inspectOptions: InspectOptions = options.inspectOptions ?? {}
  const format = (args: readonly unknown[]): string => formatWithOptions(inspectOptions, args, host)
  /** Calls `console[name]` as currently installed (Node's methods use `this.log`, `this.warn`…). */
  const delegate = (name: 'log' | 'warn' | 'error', args: unknown[]): void => {
    const method: unknown = ReflectGet(console, name)
    if (typeof method === 'function') ReflectApply(method, console, args)
    else write(name, format(args))
  }
  const timeLog = (method: string, label: string, data: unknown[] | undefined): boolean => {
    const start = MapPrototypeGet(timers, label)
    if (start === undefined) {
      warning(`No such label '${label}' for console.${method}()`)
      return false
    }
    const args: unknown[] = ['%s: %s', label, formatDuration(now() - start)]
    if (data !== undefined) for (let i = 0; i < data.length; i++) args[args.length] = data[i]
    delegate('log', args)
    return true
  }

  const console: Record<string, (...args: unknown[]) => void> = {
    log(...args: unknown[]) {
      write('log', format(args))
    },
    info(...args: unknown[]) {
      write('info', format(args))
    },
    debug(...args: unknown[]) {
      write('debug', format(args))
    },
    dirxml(...args: unknown[]) {
      delegate('log', args)
    },
    warn(...args: unknown[]) {
      write('warn', format(args))
    },
    error(...args: unknown[]) {
      write('error', format(args))
    },
    dir(object?: unknown, dirOptions?: unknown) {
      let merged: object = { customInspect: false, ...inspectOptions }
      try {
        // Object spread reads own enumerable options, as Node's does (no iterator involved).
        merged = { customInspect: false, ...inspectOptions, ...(dirOptions as object) }
      } catch {
        // A throwing getter among the options: keep the defaults.
      }
      write('log', inspect(object, merged, host))
    },
    table(data?: unknown, properties?: unknown) {
      let text: string | undefined
      try {
        text = formatTable(data, properties, host)
      } catch (error) {
        text = inspectionThrew(error)
      }
      if (text === undefined) delegate('log', [data])
      else delegate('log', [text])
    },
    group(...data: unknown[]) {
      if (data.length > 0) delegate('log', data)
      groupIndent += GROUP_INDENT
    },
    groupCollapsed(...data: unknown[]) {
      if (data.length > 0) delegate('log', data)
      groupIndent += GROUP_INDENT
    },
    groupEnd() {
      groupIndent = StringPrototypeSlice(groupIndent, 0, groupIndent.length - GROUP_INDENT.length)
    },
    time(label: unknown = 'default') {
      const name = labelOf(label)
      if (MapPrototypeHas(timers, name)) {
        warning(`Label '${name}' already exists for console.time()`)
        return
      }
      MapPrototypeSet(timers, name, now())
    },
    timeEnd(label: unknown = 'default') {
      const name = labelOf(label)
      if (timeLog('timeEnd', name, undefined)) MapPrototypeDelete(timers, name)
    },
    timeLog(label: unknown = 'default', ...data: unknown[]) {
      timeLog('timeLog', labelOf(label), data)
    },
    count(label: unknown = 'default') {
      const name = labelOf(label)
      const count = (MapPrototypeGet(counts, name) ?? 0) + 1
      MapPrototypeSet(counts, name, count)
      delegate('log', [`${name}: ${count}`])
    },
    countReset(label: unknown = 'default') {
      const name = labelOf(label)
      if (!MapPrototypeHas(counts, name)) {
        warning(`Count for '${name}' does not exist`)
        return
      }
      MapPrototypeDelete(counts, name)
    },
    assert(expression?: unknown, ...args: unknown[]) {
      if (expression) return
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${labelOf(args[0])}`}`
      delegate('warn', args)
    },
    trace(...args: unknown[]) {
      // Node's header comes from a captured stack of `{ name: 'Trace', message }`: "Trace: " even when empty.
      let text = `Trace: ${format(args)}`
      const frames = options.traceFrames?.()
      if (frames !== undefined) for (let i = 0; i < frames.length; i++) text += `\n${frames[i]!}`
      delegate('error', [text])
    },
  }
  // Node's inspector-only methods do nothing without an inspector attached; so does `clear` when
  // stdout is not a terminal (Looplab's console is a log, and a log is not cleared).
  // Each its own function with its own name, as the hosts have them.
  const inspectorOnly = {
    clear(this: void) {},
    profile(this: void) {},
    profileEnd(this: void) {},
    timeStamp(this: void) {},
    /** V8's async stack tagging: the task runs the function it is given, as it would untagged. */
    createTask(this: void) {
      return { run: (fn: unknown) => (typeof fn === 'function' ? ReflectApply(fn, undefined, []) : undefined) }
    },
    // Node's context console writes to the inspector only; Chromium's writes to DevTools' console, as the console does.
    context(this: void) {
      if (options.profile === 'browser') return console
      const silent: Record<string, () => undefined> = {}
      const keys = ObjectKeys(console)
      for (let i = 0; i < keys.length; i++) silent[keys[i]!] = () => undefined
      return silent
    },
  }
  const inspectorNames = ObjectKeys(inspectorOnly) as (keyof typeof inspectorOnly)[]
  for (let i = 0; i < inspectorNames.length; i++) console[inspectorNames[i]!] = inspectorOnly[inspectorNames[i]!]
  // Every method has length 0, as Node's (bound, variadic) and Chromium's do, but for `context(label)`.
  const names = ObjectKeys(console)
  for (let i = 0; i < names.length; i++) ObjectDefineProperty(console[names[i]!], 'length', { value: 0, configurable: true })
  ObjectDefineProperty(console.context, 'length', { value: 1, configurable: true })
  if (options.profile !== 'browser') {
    // Node's global console holds bound copies of its stream methods, and `console.Console`.
    bindStreamMethods(console, { ...console })
    if (!options.nested) {
      console.Console = createConsoleClass(
        (write, inspectOptions) => createConsole({ ...options, sink: { write }, profile: 'node', nested: true, inspectOptions }),
        console,
      )
    }
  }
  inKeyOrder(console, options.profile === 'browser' ? BROWSER_ORDER : options.nested ? NESTED_ORDER : NODE_ORDER)
  // Both hosts' console inherits from an empty object and is tagged 'console' ([object console]).
  ObjectSetPrototypeOf(console, ObjectCreate(ObjectPrototype))
  if (options.profile === 'browser') ObjectDefineProperty(console, 'memory', MEMORY_ACCESSOR)
  ObjectDefineProperty(console, SymbolToStringTag, { value: 'console', writable: false, enumerable: false, configurable: true })
  return console
}

/**
 * Chromium's `console.memory` (anonymous getter and setter): heap figures, fixed here as Chromium
 * quantizes them without precise memory info; setting it does nothing.
 */
const MEMORY_ACCESSOR: PropertyDescriptor = {
  get: [
    function () {
      return { jsHeapSizeLimit: 4_294_705_152, totalJSHeapSize: 10_000_000, usedJSHeapSize: 10_000_000 }
    },
  ][0],
  set: [function (_value: unknown) {}][0],
  enumerable: true,
  configurable: true,
}

/** `Object.keys(console)` in Node 20. */
const NODE_ORDER = NODE_CONSOLE_KEYS
const NESTED_ORDER = NODE_ORDER.filter((name) => name !== 'Console')
const BROWSER_ORDER = [
  'debug',
  'error',
  'info',
  'log',
  'warn',
  'dir',
  'dirxml',
  'table',
  'trace',
  'group',
  'groupCollapsed',
  'groupEnd',
  'clear',
  'count',
  'countReset',
  'assert',
  'profile',
  'profileEnd',
  'time',
  'timeLog',
  'timeEnd',
  'timeStamp',
  'context',
  'createTask',
] as const

/** Puts `methods`' own keys in `order` (re-adding each in turn), keeping the object: its methods find each other through it. */
function inKeyOrder<T>(methods: Record<string, T>, order: readonly string[]): Record<string, T> {
  for (let i = 0; i < order.length; i++) {
    const method = methods[order[i]!]!
    ReflectDeleteProperty(methods, order[i]!)
    methods[order[i]!] = method
  }
  return methods
}
