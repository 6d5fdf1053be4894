import {
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectPrototypeHasOwnProperty,
  ReflectDeleteProperty,
  SymbolToStringTag,
} from '../primordials.ts'

/**
 * Chromium's own-key order of each interface the browser profile provides
 * (its prototype's members, then of the constructor's statics). Members the
 * runtime does not have are skipped.
 */
const INTERFACES: Record<
  string,
  { readonly members: readonly string[]; readonly statics?: readonly string[]; readonly constants?: Readonly<Record<string, number>> }
> = {
  AbortController: { members: ['signal', 'abort'] },
  AbortSignal: { members: ['aborted', 'reason', 'onabort', 'throwIfAborted'], statics: ['abort', 'any', 'timeout'] },
  EventTarget: { members: ['addEventListener', 'dispatchEvent', 'removeEventListener'] },
  Event: {
    constants: { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 },
    members: [
      'type',
      'target',
      'currentTarget',
      'eventPhase',
      'bubbles',
      'cancelable',
      'defaultPrevented',
      'composed',
      'timeStamp',
      'srcElement',
      'returnValue',
      'cancelBubble',
      'NONE',
      'CAPTURING_PHASE',
      'AT_TARGET',
      'BUBBLING_PHASE',
      'composedPath',
      'initEvent',
      'preventDefault',
      'stopImmediatePropagation',
      'stopPropagation',
    ],
  },
  MessageChannel: { members: ['port1', 'port2'] },
  MessagePort: { members: ['onmessage', 'onmessageerror', 'close', 'postMessage', 'start'] },
  MessageEvent: { members: ['data', 'origin', 'lastEventId', 'source', 'ports', 'userActivation', 'initMessageEvent'] },
}

/**
 * Redefines `keys` of `target` in this order, enumerable (WebIDL members are); a key that is one of
 * `constants` is defined in its place as WebIDL defines constants (read-only, not configurable).
 */
function reorder(target: object, keys: readonly string[], constants?: Readonly<Record<string, number>>): void {
  for (let i = 0; i < keys.length; i++) {
    if (constants && ObjectPrototypeHasOwnProperty(constants, keys[i]!)) {
      ObjectDefineProperty(target, keys[i]!, { value: constants[keys[i]!], writable: false, enumerable: true, configurable: false })
      continue
    }
    const descriptor = ObjectGetOwnPropertyDescriptor(target, keys[i]!)
    if (!descriptor) continue
    ReflectDeleteProperty(target, keys[i]!)
    descriptor.enumerable = true
    ObjectDefineProperty(target, keys[i]!, descriptor)
  }
}

/**
 * Gives the browser profile's interfaces Chromium's shape: members
 * enumerable and in Chromium's order, then `constructor`, then a
 * `Symbol.toStringTag` data property naming the interface (so
 * `Object.prototype.toString` gives `[object MessagePort]`).
 */
export function shapeWebIdlInterfaces(global: Record<string, unknown>): void {
  for (const name in INTERFACES) {
    if (!ObjectPrototypeHasOwnProperty(INTERFACES, name)) continue
    const value: unknown = ObjectGetOwnPropertyDescriptor(global, name)?.value
    if (typeof value !== 'function') continue
    const ctor = value as { prototype?: object }
    if (!ctor.prototype) continue
    const spec = INTERFACES[name]!
    const proto = ctor.prototype
    reorder(proto, spec.members, spec.constants)
    const constructor = ObjectGetOwnPropertyDescriptor(proto, 'constructor')
    if (constructor) {
      ReflectDeleteProperty(proto, 'constructor')
      ObjectDefineProperty(proto, 'constructor', constructor)
    }
    ReflectDeleteProperty(proto, SymbolToStringTag)
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, writable: false, enumerable: false, configurable: true })
    if (spec.statics) reorder(ctor, spec.statics)
  }
}

/** Makes a prototype's string-named members other than `constructor` enumerable, as WebIDL's are (and Node's events). */
export function enumerableMembers(proto: object): void {
  const keys = ObjectGetOwnPropertyNames(proto)
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === 'constructor') continue
    const descriptor = ObjectGetOwnPropertyDescriptor(proto, keys[i]!)!
    descriptor.enumerable = true
    ObjectDefineProperty(proto, keys[i]!, descriptor)
  }
}

/**
 * Node 20's shape of the interfaces it writes in JavaScript (lib/internal/abort_controller.js,
 * event_target.js): the members it makes enumerable (in place, keeping the key order), and a
 * `Symbol.toStringTag` data property defined last, after the inspect hook.
 */
const NODE_INTERFACES: Record<string, { readonly enumerable: readonly string[] }> = {
  AbortController: { enumerable: ['signal', 'abort'] },
  AbortSignal: { enumerable: ['aborted', 'onabort'] },
  EventTarget: { enumerable: ['addEventListener', 'removeEventListener', 'dispatchEvent'] },
}

/** Gives the node profile's interfaces Node's shape (see {@link NODE_INTERFACES}). */
export function shapeNodeInterfaces(global: Record<string, unknown>): void {
  for (const name in NODE_INTERFACES) {
    if (!ObjectPrototypeHasOwnProperty(NODE_INTERFACES, name)) continue
    const value: unknown = ObjectGetOwnPropertyDescriptor(global, name)?.value
    const proto = typeof value === 'function' ? (value as { prototype?: object }).prototype : undefined
    if (!proto) continue
    const keys = NODE_INTERFACES[name]!.enumerable
    for (let i = 0; i < keys.length; i++) {
      const descriptor = ObjectGetOwnPropertyDescriptor(proto, keys[i]!)
      if (!descriptor) continue
      descriptor.enumerable = true
      ObjectDefineProperty(proto, keys[i]!, descriptor)
    }
    ReflectDeleteProperty(proto, SymbolToStringTag)
    ObjectDefineProperty(proto, SymbolToStringTag, { value: name, writable: false, enumerable: false, configurable: true })
  }
}
