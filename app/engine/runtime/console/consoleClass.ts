/**
 * Node's `console.Console`: `new Console(stdout, stderr)` or
 * `new Console({ stdout, stderr })` makes a console that writes its lines to
 * those streams (`stderr` defaults to `stdout`). Shaped as Node 20's: a plain
 * function of length 1 whose prototype holds the stream methods, and whose
 * `Symbol.hasInstance` also answers true for the global console.
 */
import { invalidArgType, stampCode } from '../hosts/node/nodeErrors.ts'
import type { InspectOptions } from './context.ts'
import {
  FunctionPrototypeBind,
  NativeWeakMap,
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeHas,
  WeakMapPrototypeSet,
  SymbolHasInstance,
} from '../primordials.ts'

type Method = (...args: unknown[]) => void

/** The console methods Node binds to each console (its Console.prototype's, in its order). */
export const STREAM_METHODS = [
  'log',
  'warn',
  'dir',
  'time',
  'timeEnd',
  'timeLog',
  'trace',
  'assert',
  'clear',
  'count',
  'countReset',
  'group',
  'groupEnd',
  'table',
  'debug',
  'info',
  'dirxml',
  'error',
  'groupCollapsed',
] as const

/**
 * Makes a console whose lines go to `write` (its levels are console.ts's ConsoleLevel: 'warn' and
 * 'error' are stderr's), showing values with `inspectOptions`.
 */
export type ConsoleMaker = (write: (level: string, text: string) => void, inspectOptions: InspectOptions) => Record<string, Method>

function writable(stream: unknown, name: string): { write: Method } {
  if (typeof (stream as { write?: unknown } | null)?.write !== 'function') {
    const error = new TypeErrorCtor(`Console expects a writable stream instance for ${name}`)
    stampCode(error, 'ERR_CONSOLE_WRITABLE_STREAM')
    throw error
  }
  return stream as { write: Method }
}

/** The `inspectOptions` a Console was given: an object (its own enumerable options), or none. */
function inspectOptionsOf(value: unknown): InspectOptions {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null) {
    throw invalidArgType('options.inspectOptions', 'object', value)
  }
  return { ...(value as InspectOptions) }
}

/** Node's bound console methods: `this` is always their console; named as the method, length 0, printed as bound. */
export function bindStreamMethods(target: Record<string, Method>, implementation: Record<string, Method>): void {
  for (let i = 0; i < STREAM_METHODS.length; i++) {
    const name = STREAM_METHODS[i]!
    const bound = FunctionPrototypeBind(implementation[name]!, target)
    ObjectDefineProperty(bound, 'name', { value: name, writable: false, enumerable: false, configurable: true })
    ObjectDefineProperty(bound, 'length', { value: 0, writable: false, enumerable: false, configurable: true })
    target[name] = bound
  }
}

/** `console.Console` over `make`; `globalConsole` is one of its instances to `instanceof`. */
export function createConsoleClass(make: ConsoleMaker, globalConsole: object): (...args: unknown[]) => unknown {
  const consoles = new NativeWeakMap<object, Record<string, Method>>()
  WeakMapPrototypeSet(consoles, globalConsole, globalConsole as Record<string, Method>)
  const Console = function Console(this: Record<string, Method>, options: unknown, ...rest: unknown[]): unknown {
    if (!new.target) return ReflectConstruct(Console, [options, ...rest])
    const positional = typeof (options as { write?: unknown } | null)?.write === 'function'
    const given = positional
      ? { stdout: options, stderr: rest[0] }
      : ((options ?? {}) as { stdout?: unknown; stderr?: unknown; inspectOptions?: unknown })
    const stdout = writable(given.stdout, 'stdout')
    const stderr = given.stderr === undefined ? stdout : writable(given.stderr, 'stderr')
    const implementation = make(
      (level, text) => {
        const stream = level === 'warn' || level === 'error' ? stderr : stdout
        ReflectApply(stream.write, stream, [`${text}\n`])
      },
      positional ? {} : inspectOptionsOf((given as { inspectOptions?: unknown }).inspectOptions),
    )
    WeakMapPrototypeSet(consoles, this, implementation)
    bindStreamMethods(this, implementation)
    return undefined
  }
  const prototype = Console.prototype as Record<string, Method>
  for (let i = 0; i < STREAM_METHODS.length; i++) {
    const name = STREAM_METHODS[i]!
    const method = {
      [name](this: unknown, ...args: unknown[]) {
        const implementation = typeof this === 'object' && this !== null ? WeakMapPrototypeGet(consoles, this) : undefined
        if (!implementation) throw new TypeErrorCtor(`Console.prototype.${name} called on an object that is not a console`)
        return ReflectApply(implementation[name]!, this, args)
      },
    }[name]!
    ObjectDefineProperty(method, 'length', { value: 0, writable: false, enumerable: false, configurable: true })
    prototype[name] = method
  }
  const hasInstance = {
    value(this: void, instance: unknown): boolean {
      return typeof instance === 'object' && instance !== null && WeakMapPrototypeHas(consoles, instance)
    },
  }.value
  ObjectDefineProperty(Console, SymbolHasInstance, { value: hasInstance, writable: false, enumerable: false, configurable: false })
  return Console
}
