import { shapeNodeInterfaces, shapeWebIdlInterfaces } from './webIdl.ts'
import { ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectPrototypeHasOwnProperty, ReflectApply } from '../primordials.ts'

/**
 * The `length` of host functions whose JavaScript signature differs from the
 * real host's (Node declares `setTimeout(callback, after, arg1, arg2, arg3)`;
 * Chromium's WebIDL functions count required arguments only). A program
 * printing `setTimeout.length` sees the real host's number.
 */
const LENGTHS: Record<'node' | 'browser', Record<string, number>> = {
  node: { setTimeout: 5, setInterval: 5, setImmediate: 4, fetch: 1, structuredClone: 0, AbortSignal: 0 },
  browser: {
    setTimeout: 1,
    setInterval: 1,
    clearTimeout: 0,
    clearInterval: 0,
    fetch: 1,
    structuredClone: 1,
    requestAnimationFrame: 1,
    cancelAnimationFrame: 1,
    queueMicrotask: 1,
    postMessage: 1,
    AbortSignal: 0,
  },
}

/**
 * Global functions that the real host defines as enumerable properties of
 * the global object (Node: its timers, queueMicrotask, structuredClone, fetch;
 * Chromium: every WebIDL operation of `window`).
 */
const ENUMERABLE: Record<'node' | 'browser', readonly string[]> = {
  node: [
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'clearImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'global',
  ],
  browser: [
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'postMessage',
    'window',
    'self',
  ],
}

/**
 * Chromium's global operations (WebIDL) are no constructors: they have no
 * `prototype`. Node's timers are plain functions and keep theirs.
 */
const NON_CONSTRUCTORS: Record<'node' | 'browser', readonly string[]> = {
  node: [],
  browser: [
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'fetch',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'postMessage',
  ],
}

/** A method (so no constructor, no `prototype`) named `name` that calls `fn`. */
function asOperation(name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const holder = {
    [name](this: unknown, ...args: unknown[]): unknown {
      return ReflectApply(fn, this, args)
    },
  }
  return holder[name]!
}

/**
 * How Node 20 defines a global lazily, by an accessor pair: the names of the
 * getter and setter, whether the global is enumerable, and whether the first
 * read turns it into a plain data property (Node loads the module then) or
 * it stays an accessor (`process`, `performance`).
 */
interface LazyGlobal {
  readonly get: string
  readonly set: string
  readonly enumerable?: boolean
  readonly stays?: boolean
}

const NODE_LAZY = (name: string): LazyGlobal => ({ get: `get ${name}`, set: `set ${name}` })

/** The globals Node 20 defines lazily (the browser profile has none). */
const LAZY_GLOBALS: Record<'node' | 'browser', Readonly<Record<string, LazyGlobal>>> = {
  node: {
    AbortController: NODE_LAZY('AbortController'),
    AbortSignal: NODE_LAZY('AbortSignal'),
    MessageChannel: NODE_LAZY('MessageChannel'),
    MessagePort: NODE_LAZY('MessagePort'),
    MessageEvent: NODE_LAZY('MessageEvent'),
    Headers: NODE_LAZY('Headers'),
    Request: NODE_LAZY('Request'),
    Response: NODE_LAZY('Response'),
    DOMException: { get: '', set: '' },
    performance: { ...NODE_LAZY('performance'), enumerable: true, stays: true },
    Performance: NODE_LAZY('Performance'),
    PerformanceEntry: NODE_LAZY('PerformanceEntry'),
    PerformanceMark: NODE_LAZY('PerformanceMark'),
    PerformanceMeasure: NODE_LAZY('PerformanceMeasure'),
    PerformanceObserver: NODE_LAZY('PerformanceObserver'),
    PerformanceObserverEntryList: NODE_LAZY('PerformanceObserverEntryList'),
    process: { get: 'get', set: 'set', stays: true },
  },
  browser: {},
}

function named<F extends (...args: never[]) => unknown>(fn: F, name: string): F {
  ObjectDefineProperty(fn, 'name', { value: name, writable: false, enumerable: false, configurable: true })
  return fn
}

/** Redefines the global `name` of `target` as the accessor pair `lazy` describes, over its current value. */
function defineLazy(target: Record<string, unknown>, name: string, lazy: LazyGlobal): void {
  const descriptor = ObjectGetOwnPropertyDescriptor(target, name)
  if (!descriptor || !('value' in descriptor)) return
  const value: unknown = descriptor.value
  const enumerable = lazy.enumerable === true
  const replace = (next: unknown) => {
    ObjectDefineProperty(target, name, { value: next, writable: true, enumerable, configurable: true })
  }
  ObjectDefineProperty(target, name, {
    get: named(function (this: unknown) {
      if (!lazy.stays) replace(value)
      return value
    }, lazy.get),
    set: named(function (this: unknown, next: unknown) {
      replace(next)
    }, lazy.set),
    enumerable,
    configurable: true,
  })
}

/** Gives the host's global functions the real host's `length`, constructor-ness and global-property enumerability. */
export function shapeHostGlobals(target: Record<string, unknown>, host: 'node' | 'browser'): void {
  const operations = NON_CONSTRUCTORS[host]
  for (let i = 0; i < operations.length; i++) {
    const name = operations[i]!
    const descriptor = ObjectGetOwnPropertyDescriptor(target, name)
    if (descriptor && typeof descriptor.value === 'function' && ObjectPrototypeHasOwnProperty(descriptor.value, 'prototype')) {
      descriptor.value = asOperation(name, descriptor.value as (...args: unknown[]) => unknown)
      ObjectDefineProperty(target, name, descriptor)
    }
  }
  if (host === 'browser') shapeWebIdlInterfaces(target)
  else shapeNodeInterfaces(target)
  const lengths = LENGTHS[host]
  for (const name in lengths) {
    const fn = ObjectPrototypeHasOwnProperty(target, name) ? target[name] : undefined
    if (typeof fn === 'function')
      ObjectDefineProperty(fn, 'length', { value: lengths[name], writable: false, enumerable: false, configurable: true })
  }
  const enumerable = ENUMERABLE[host]
  for (let i = 0; i < enumerable.length; i++) {
    const descriptor = ObjectGetOwnPropertyDescriptor(target, enumerable[i]!)
    if (descriptor && 'value' in descriptor) {
      ObjectDefineProperty(target, enumerable[i]!, { value: descriptor.value, writable: true, enumerable: true, configurable: true })
    }
  }
  const lazy = LAZY_GLOBALS[host]
  for (const name in lazy) if (ObjectPrototypeHasOwnProperty(lazy, name)) defineLazy(target, name, lazy[name]!)
}
