import { ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, ObjectPrototypeHasOwnProperty } from '../primordials.ts'

/**
 * The `length` of host functions whose JavaScript signature differs from the
 * real host's (Node declares `setTimeout(callback, after, arg1, arg2, arg3)`;
 * Chromium's WebIDL functions count required arguments only). A program
 * printing `setTimeout.length` sees the real host's number.
 */
const LENGTHS: Record<'node' | 'browser', Record<string, number>> = {
  node: { setTimeout: 5, setInterval: 5, setImmediate: 4, fetch: 1, structuredClone: 0, AbortSignal: 0 },
  browser: { setTimeout: 1, setInterval: 1, fetch: 1, structuredClone: 1, requestAnimationFrame: 1, AbortSignal: 0 },
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
    'window',
    'self',
  ],
}

/** Gives the host's global functions the real host's `length` and global-property enumerability. */
export function shapeHostGlobals(target: Record<string, unknown>, host: 'node' | 'browser'): void {
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
