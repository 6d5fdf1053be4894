import { shapeWebIdlInterfaces } from './webIdl.ts'
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
}
