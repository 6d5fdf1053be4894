/**
 * `node:util`: `promisify` (honouring `util.promisify.custom`, so
 * `promisify(setTimeout)` is the timers/promises one), `callbackify`,
 * `inspect` and `format` (the very formatter the console uses), `types`,
 * `isDeepStrictEqual`, `inherits`, `deprecate`, `debuglog` and the legacy
 * `isX` predicates, after Node 20's lib/util.js and lib/internal/util.js.
 */
import { PromiseOrigin } from '../../trace/events.ts'
import { formatWithOptions as formatWith } from '../console/format.ts'
import { inspect as inspectValue, inspectCustom, type InspectHost } from '../console/inspect.ts'
import {
  ArrayIsArray,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ErrorCtor,
  FunctionPrototypeBind,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
  ReflectGet,
  ReflectOwnKeys,
  ReflectConstruct,
  StringPrototypeCharCodeAt,
  SymbolFor,
  isCallable,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import { isDate, isError, isRegExp } from '../console/brands.ts'
import { isDeepEqual } from './deepEqual.ts'
import { invalidArgType, nodeError } from './errors.ts'
import { createTextCoding } from './textCoding.ts'
import { createUtilTypes } from './utilTypes.ts'

export const kCustomPromisified = SymbolFor('nodejs.util.promisify.custom')

export interface UtilServices {
  realm: PromiseRealm
  host: InspectHost
  isBuffer(value: unknown): boolean
  isAsyncGeneratorObject: (value: unknown) => boolean
  nextTick(callback: (...args: unknown[]) => unknown, args: unknown[]): void
  emitWarning(warning: unknown, type?: unknown, code?: unknown): void
}

type AnyFunction = (...args: unknown[]) => unknown

/** Copies every own property descriptor of `from` onto `to` (name, length, and the rest). */
function copyDescriptors(to: object, from: object): void {
  const keys = ReflectOwnKeys(from)
  for (let i = 0; i < keys.length; i++) {
    const descriptor = ObjectGetOwnPropertyDescriptor(from, keys[i]!)
    if (!descriptor) continue
    ObjectSetPrototypeOf(descriptor, null)
    try {
      ObjectDefineProperty(to, keys[i]!, descriptor)
    } catch {
      /* a non-configurable property (prototype of a class): keep the wrapper's */
    }
  }
}

export function createUtilModule(services: UtilServices) {
  const { realm, host } = services

  function promisify(original: unknown): AnyFunction {
    if (!isCallable(original)) throw invalidArgType('original', 'function', original)
    const custom = ReflectGet(original, kCustomPromisified)
    if (custom) {
      if (!isCallable(custom)) throw invalidArgType('util.promisify.custom', 'function', custom)
      ObjectDefineProperty(custom, kCustomPromisified, { value: custom, enumerable: false, writable: false, configurable: true })
      return custom
    }
    function fn(this: unknown, ...args: unknown[]): object {
      const capability = realm.newCapability(PromiseOrigin.Constructor)
      ArrayPrototypePush(args, (error: unknown, ...values: unknown[]) => {
        if (error) realm.reject(capability, error)
        else realm.resolve(capability, values[0])
      })
      try {
        ReflectApply(original as AnyFunction, this, args)
      } catch (error) {
        realm.reject(capability, error)
      }
      return capability.promise
    }
    ObjectSetPrototypeOf(fn, ObjectGetPrototypeOf(original))
    ObjectDefineProperty(fn, kCustomPromisified, { value: fn, enumerable: false, writable: false, configurable: true })
    copyDescriptors(fn, original)
    return fn
  }
  ObjectDefineProperty(promisify, 'custom', { value: kCustomPromisified, writable: true, enumerable: true, configurable: true })

  function callbackifyOnRejected(reason: unknown, cb: AnyFunction): unknown {
    if (!reason) {
      const error = nodeError(ErrorCtor, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value')
      ObjectDefineProperty(error, 'reason', { value: reason, writable: true, enumerable: true, configurable: true })
      reason = error
    }
    return cb(reason)
  }

  function callbackify(original: unknown): AnyFunction {
    if (!isCallable(original)) throw invalidArgType('original', 'function', original)
    function callbackified(this: unknown, ...args: unknown[]): void {
      const maybeCb = ArrayPrototypePop(args)
      if (!isCallable(maybeCb)) throw invalidArgType('last argument', 'function', maybeCb)
      const cb = FunctionPrototypeBind(maybeCb, this)
      const result = ReflectApply(original as AnyFunction, this, args)
      const then = ReflectGet(result as object, 'then') as AnyFunction
      ReflectApply(then, result, [
        (value: unknown) => services.nextTick(cb, [null, value]),
        (reason: unknown) => services.nextTick(callbackifyOnRejected as AnyFunction, [reason, cb]),
      ])
    }
    copyDescriptors(callbackified, original)
    return callbackified
  }

  const defaultOptions: Record<string, unknown> = {
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 128,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  }

  /** `util.inspect(value, options)` or the legacy `inspect(value, showHidden, depth, colors)`. */
  function inspect(value: unknown, opts?: unknown): string {
    const options: Record<string, unknown> = ObjectCreate(null) as Record<string, unknown>
    // eslint-disable-next-line prefer-rest-params -- the legacy signature is positional
    const args = arguments
    if (args.length > 1) {
      if (args.length > 2 && args[2] !== undefined) options.depth = args[2]
      if (typeof opts === 'boolean') options.showHidden = opts
      else if (opts !== null && typeof opts === 'object') {
        const keys = ReflectOwnKeys(opts)
        for (let i = 0; i < keys.length; i++) options[keys[i] as string] = ReflectGet(opts, keys[i]!)
      }
    }
    return inspectValue(value, options, host)
  }
  ObjectDefineProperty(inspect, 'custom', { value: inspectCustom, writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(inspect, 'defaultOptions', { value: defaultOptions, writable: true, enumerable: true, configurable: true })

  function format(...args: unknown[]): string {
    return formatWith({}, args, host)
  }
  function formatWithOptions(options: unknown, ...args: unknown[]): string {
    if (options === null || typeof options !== 'object') throw invalidArgType('inspectOptions', 'object', options)
    return formatWith(options, args, host)
  }

  function inherits(ctor: unknown, superCtor: unknown): void {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor)
    if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'function', superCtor)
    const superPrototype = ReflectGet(superCtor, 'prototype')
    if (superPrototype === undefined) throw invalidArgType('superCtor.prototype', 'object', superPrototype)
    ObjectDefineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true })
    ObjectSetPrototypeOf(ReflectGet(ctor, 'prototype'), superPrototype)
  }

  const warnedCodes: Record<string, boolean> = ObjectCreate(null) as Record<string, boolean>
  function deprecate(fn: unknown, message: unknown, code?: unknown): AnyFunction {
    if (!isCallable(fn)) throw invalidArgType('fn', 'function', fn)
    let warned = false
    function deprecated(this: unknown, ...args: unknown[]): unknown {
      if (!warned && (code === undefined || !warnedCodes[code as string])) {
        warned = true
        if (code !== undefined) warnedCodes[code as string] = true
        services.emitWarning(message, 'DeprecationWarning', code)
      }
      return new.target
        ? ReflectConstruct(fn as new (...a: unknown[]) => unknown, args, new.target)
        : ReflectApply(fn as AnyFunction, this, args)
    }
    ObjectSetPrototypeOf(deprecated, fn)
    return deprecated
  }

  /** Node reads NODE_DEBUG once, at start-up; a Looplab program's environment is empty, so sections are off. */
  function debuglog(section: unknown): AnyFunction & { enabled: boolean } {
    void section
    const log = function debug() {} as AnyFunction & { enabled: boolean }
    ObjectDefineProperty(log, 'enabled', { value: false, enumerable: true, configurable: true })
    return log
  }

  const types = createUtilTypes({ realm, host, isAsyncGeneratorObject: services.isAsyncGeneratorObject })
  const { TextEncoder, TextDecoder } = createTextCoding()

  const exports: Record<string, unknown> = {
    promisify,
    callbackify,
    inspect,
    format,
    formatWithOptions,
    isDeepStrictEqual: (a: unknown, b: unknown) => isDeepEqual(a, b, true),
    types,
    inherits,
    deprecate,
    debuglog,
    debug: debuglog,
    isArray: ArrayIsArray,
    isBoolean: (value: unknown) => typeof value === 'boolean',
    isBuffer: (value: unknown) => services.isBuffer(value),
    isDate: (value: unknown) => typeof value === 'object' && value !== null && isDate(value),
    isError: (value: unknown) => typeof value === 'object' && value !== null && isError(value),
    isFunction: (value: unknown) => typeof value === 'function',
    isNull: (value: unknown) => value === null,
    isNullOrUndefined: (value: unknown) => value === null || value === undefined,
    isNumber: (value: unknown) => typeof value === 'number',
    isObject: (value: unknown) => value !== null && typeof value === 'object',
    isPrimitive: (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
    isRegExp: (value: unknown) => typeof value === 'object' && value !== null && isRegExp(value),
    isString: (value: unknown) => typeof value === 'string',
    isSymbol: (value: unknown) => typeof value === 'symbol',
    isUndefined: (value: unknown) => value === undefined,
    stripVTControlCharacters(text: unknown): string {
      if (typeof text !== 'string') throw invalidArgType('str', 'string', text)
      return stripEscapes(text)
    },
    TextEncoder,
    TextDecoder,
  }
  return { exports, types, TextEncoder, TextDecoder }
}

/** Removes ANSI escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL`, and two-byte escapes). */
function stripEscapes(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i)
    if (code !== 0x1b && code !== 0x9b) {
      out += text[i]!
      continue
    }
    let j = code === 0x9b ? i + 1 : i + 2
    const kind = code === 0x9b ? 0x5b : StringPrototypeCharCodeAt(text, i + 1)
    if (kind === 0x5b) {
      while (j < text.length && !isFinalByte(StringPrototypeCharCodeAt(text, j))) j++
    } else if (kind === 0x5d) {
      while (j < text.length && StringPrototypeCharCodeAt(text, j) !== 0x07) j++
    } else j = i + 1
    i = j
  }
  return out
}

const isFinalByte = (code: number) => code >= 0x40 && code <= 0x7e
