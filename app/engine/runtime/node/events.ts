/**
 * `node:events`' EventEmitter, written after Node 20's lib/events.js so that
 * programs see the same behaviour and the same printed shape (`_events`,
 * `_eventsCount`, `_maxListeners`, `Symbol(shapeMode)`, `Symbol(kCapture)`).
 * Listeners run synchronously inside `emit`, on the modeled call stack; an
 * `'error'` event nobody listens to throws (and crashes the program as
 * Node's does); with `captureRejections`, a rejected async listener becomes
 * an `'error'` event on the next tick. It is a constructor function, not a
 * class, so `EventEmitter.call(this)` with `util.inherits` works as in Node.
 *
 * Hand-written rather than bundled from Node because it must run on the
 * runtime's captured intrinsics (the learner's program shares the realm).
 */
import {
  ArrayPrototypePush,
  ErrorCaptureStackTrace,
  ErrorCtor,
  FunctionPrototypeBind,
  NumberIsNaN,
  ObjectCreate,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
  StringCtor,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  SymbolFor,
  isCallable,
} from '../primordials.ts'
import { invalidArgType, nodeError, outOfRange } from './errors.ts'

/** What the emitter needs from the rest of the runtime. */
export interface EmitterServices {
  /** `util.inspect` (the console's formatter). */
  inspect(value: unknown, options?: { depth?: number }): string
  /** `process.nextTick`. */
  nextTick(callback: (...args: unknown[]) => unknown, ...args: unknown[]): void
  /** `process.emitWarning(warning)`. */
  emitWarning(warning: Error): void
}

type Listener = ((...args: unknown[]) => unknown) & { listener?: Listener }
type ListenerSlot = Listener | (Listener[] & { warned?: boolean })
type EventMap = Record<PropertyKey, ListenerSlot | undefined>

/** An emitter's own fields, as Node keeps them. */
export interface EmitterFields {
  _events: EventMap | undefined
  _eventsCount: number
  _maxListeners: number | undefined
  [key: symbol]: unknown
}

export const kCapture = Symbol('kCapture')
export const kShapeMode = Symbol('shapeMode')
export const kRejection = SymbolFor('nodejs.rejection')
export const kErrorMonitor = SymbolFor('events.errorMonitor')
/** Set on an error thrown by an unhandled `'error'` event: the stack frames of the `emit` call (the crash report prints them). */
export const kUnhandledErrorEvent = Symbol('kUnhandledErrorEvent')

const define = (target: object, key: PropertyKey, value: unknown, enumerable = true) =>
  ObjectDefineProperty(target, key, { value, writable: true, enumerable, configurable: true })

/** `arr.slice()` by index (never the program's array methods). */
function arrayClone(list: readonly Listener[]): Listener[] {
  const copy: Listener[] = []
  for (let i = 0; i < list.length; i++) ArrayPrototypePush(copy, list[i]!)
  return copy
}

/** `[...leading, ...args]` without spreading (spread would run the program's array iterator). */
export function withLeading(leading: unknown[], args: ArrayLike<unknown>): unknown[] {
  for (let i = 0; i < args.length; i++) ArrayPrototypePush(leading, args[i])
  return leading
}

function checkListener(listener: unknown): asserts listener is Listener {
  if (!isCallable(listener)) throw invalidArgType('listener', 'function', listener)
}

function newEvents(): EventMap {
  return ObjectCreate(null) as EventMap
}

/** Builds the EventEmitter constructor of one run. */
export function createEventEmitter(services: EmitterServices) {
  let defaultMaxListeners = 10

  function EventEmitter(this: EmitterFields, opts?: { captureRejections?: unknown }): void {
    ReflectApply(init, this, [opts])
  }
  const proto = EventEmitter.prototype as unknown as EmitterFields & Record<string, unknown>

  function init(this: EmitterFields, opts?: { captureRejections?: unknown }): void {
    if (this._events === undefined || this._events === (ObjectGetPrototypeOf(this) as EmitterFields)._events) {
      this._events = newEvents()
      this._eventsCount = 0
      this[kShapeMode] = false
    } else {
      this[kShapeMode] = true
    }
    this._maxListeners = this._maxListeners || undefined
    const capture = opts?.captureRejections
    if (capture) {
      if (typeof capture !== 'boolean') throw invalidArgType('options.captureRejections', 'boolean', capture)
      this[kCapture] = true
    } else {
      this[kCapture] = proto[kCapture]
    }
  }

  function maxListenersOf(target: EmitterFields): number {
    return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners
  }

  function emitUnhandledRejectionOrErr(emitter: unknown, error: unknown, type: unknown, args: unknown[]): void {
    const target = emitter as EmitterFields & { emit: (...a: unknown[]) => boolean }
    const handler = target[kRejection]
    if (isCallable(handler)) {
      ReflectApply(handler, target, withLeading([error, type], args))
      return
    }
    const previous = target[kCapture]
    try {
      target[kCapture] = false
      ReflectApply(target.emit, target, ['error', error])
    } finally {
      target[kCapture] = previous
    }
  }

  function addCatch(that: EmitterFields, promise: unknown, type: unknown, args: unknown[]): void {
    if (!that[kCapture]) return
    try {
      const then = (promise as { then?: unknown }).then
      if (isCallable(then)) {
        ReflectApply(then, promise, [
          undefined,
          (error: unknown) => services.nextTick(emitUnhandledRejectionOrErr as (...a: unknown[]) => unknown, that, error, type, args),
        ])
      }
    } catch (error) {
      ReflectApply((that as unknown as { emit: (...a: unknown[]) => unknown }).emit, that, ['error', error])
    }
  }

  function unhandledError(self: unknown, args: readonly unknown[]): never {
    const er = args.length > 0 ? args[0] : undefined
    const capture: { stack?: unknown } = {}
    ErrorCaptureStackTrace?.(capture, proto.emit)
    const stack = typeof capture.stack === 'string' ? capture.stack : ''
    const frames = StringPrototypeSlice(stack, StringPrototypeIndexOf(stack, '\n') + 1)
    if (er instanceof ErrorCtor) {
      try {
        define(er, kUnhandledErrorEvent, frames, false)
      } catch {
        /* a frozen error is thrown as it is */
      }
      throw er
    }
    let shown: string
    try {
      shown = services.inspect(er)
    } catch {
      shown = StringCtor(er)
    }
    const error = nodeError(ErrorCtor, 'ERR_UNHANDLED_ERROR', `Unhandled error. (${shown})`)
    define(error, 'context', er)
    define(error, kUnhandledErrorEvent, frames, false)
    void self
    throw error
  }

  function emit(this: EmitterFields, type: PropertyKey, ...args: unknown[]): boolean {
    let doError = type === 'error'
    const events = this._events
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) ReflectApply(emit, this, withLeading([kErrorMonitor], args))
      doError = doError && events.error === undefined
    } else if (!doError) return false
    if (doError) unhandledError(this, args)
    const handler = events![type]
    if (handler === undefined) return false
    if (isCallable(handler)) {
      const result = ReflectApply(handler, this, args)
      if (result !== undefined && result !== null) addCatch(this, result, type, args)
    } else {
      const len = handler.length
      const listeners = arrayClone(handler)
      for (let i = 0; i < len; ++i) {
        const result = ReflectApply(listeners[i]!, this, args)
        if (result !== undefined && result !== null) addCatch(this, result, type, args)
      }
    }
    return true
  }

  function addListener(target: EmitterFields, type: PropertyKey, listener: unknown, prepend: boolean): EmitterFields {
    checkListener(listener)
    let events = target._events
    let existing: ListenerSlot | undefined
    if (events === undefined) {
      events = target._events = newEvents()
      target._eventsCount = 0
    } else {
      if (events.newListener !== undefined) {
        ReflectApply(emit, target, ['newListener', type, listener.listener ?? listener])
        events = target._events!
      }
      existing = events[type]
    }
    if (existing === undefined) {
      events[type] = listener
      ++target._eventsCount
      return target
    }
    let list: Listener[] & { warned?: boolean }
    if (isCallable(existing)) {
      list = prepend ? [listener, existing] : [existing, listener]
      events[type] = list
    } else {
      list = existing
      if (prepend) {
        for (let i = list.length; i > 0; i--) list[i] = list[i - 1]!
        list[0] = listener
      } else ArrayPrototypePush(list, listener)
    }
    const m = maxListenersOf(target)
    if (m > 0 && list.length > m && !list.warned) {
      list.warned = true
      const warning = new ErrorCtor(
        `Possible EventEmitter memory leak detected. ${list.length} ${StringCtor(type)} listeners added to ${services.inspect(target, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
      )
      define(warning, 'name', 'MaxListenersExceededWarning')
      define(warning, 'emitter', target)
      define(warning, 'type', type)
      define(warning, 'count', list.length)
      services.emitWarning(warning)
    }
    return target
  }

  function onceWrapper(this: { fired: boolean; wrapFn: Listener; target: EmitterFields; type: PropertyKey; listener: Listener }) {
    if (this.fired) return undefined
    ReflectApply(removeListener, this.target, [this.type, this.wrapFn])
    this.fired = true
    // eslint-disable-next-line prefer-rest-params -- Node passes `arguments` through as it is
    const args = arguments
    if (args.length === 0) return ReflectApply(this.listener, this.target, [])
    return ReflectApply(this.listener, this.target, args)
  }

  function onceWrap(target: EmitterFields, type: PropertyKey, listener: Listener): Listener {
    const state = { fired: false, wrapFn: undefined as unknown as Listener, target, type, listener }
    const wrapped = FunctionPrototypeBind(onceWrapper, state) as Listener
    define(wrapped, 'listener', listener)
    state.wrapFn = wrapped
    return wrapped
  }

  function removeListener(this: EmitterFields & { emit: typeof emit }, type: PropertyKey, listener: unknown): EmitterFields {
    checkListener(listener)
    const events = this._events
    if (events === undefined) return this
    const list = events[type]
    if (list === undefined) return this
    if (list === listener || (list as Listener).listener === listener) {
      this._eventsCount -= 1
      if (this[kShapeMode]) events[type] = undefined
      else if (this._eventsCount === 0) this._events = newEvents()
      else {
        delete events[type]
        if (events.removeListener) ReflectApply(emit, this, ['removeListener', type, (list as Listener).listener || listener])
      }
    } else if (!isCallable(list)) {
      let position = -1
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i]!.listener === listener) {
          position = i
          break
        }
      }
      if (position < 0) return this
      for (let i = position; i < list.length - 1; i++) list[i] = list[i + 1]!
      list.length--
      if (list.length === 1) events[type] = list[0]
      if (events.removeListener !== undefined) ReflectApply(emit, this, ['removeListener', type, listener])
    }
    return this
  }

  function removeAllListeners(this: EmitterFields, type?: PropertyKey): EmitterFields {
    const events = this._events
    if (events === undefined) return this
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = newEvents()
        this._eventsCount = 0
      } else if (events[type!] !== undefined) {
        if (--this._eventsCount === 0) this._events = newEvents()
        else delete events[type!]
      }
      this[kShapeMode] = false
      return this
    }

    if (arguments.length === 0) {
      const keys = ReflectOwnKeys(events)
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!
        if (key === 'removeListener') continue
        ReflectApply(removeAllListeners, this, [key])
      }
      ReflectApply(removeAllListeners, this, ['removeListener'])
      this._events = newEvents()
      this._eventsCount = 0
      this[kShapeMode] = false
      return this
    }
    const listeners = events[type!]
    if (isCallable(listeners)) ReflectApply(removeListener, this, [type, listeners])
    else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) ReflectApply(removeListener, this, [type, listeners[i]])
    }
    return this
  }

  function listenersOf(target: EmitterFields, type: PropertyKey, unwrap: boolean): Listener[] {
    const events = target._events
    if (events === undefined) return []
    const slot = events[type]
    if (slot === undefined) return []
    if (isCallable(slot)) return unwrap ? [slot.listener || slot] : [slot]
    const copy: Listener[] = []
    for (let i = 0; i < slot.length; i++) ArrayPrototypePush(copy, unwrap ? slot[i]!.listener || slot[i]! : slot[i]!)
    return copy
  }

  function listenerCount(this: EmitterFields, type: PropertyKey, listener?: unknown): number {
    const events = this._events
    if (events === undefined) return 0
    const slot = events[type]
    if (slot === undefined) return 0
    if (isCallable(slot)) return listener == null || listener === slot || listener === slot.listener ? 1 : 0
    if (listener == null) return slot.length
    let count = 0
    for (let i = 0; i < slot.length; i++) if (slot[i] === listener || slot[i]!.listener === listener) count++
    return count
  }

  const methods: Record<string, unknown> = {
    setMaxListeners(this: EmitterFields, n: unknown) {
      if (typeof n !== 'number' || n < 0 || NumberIsNaN(n)) throw outOfRange('n', 'a non-negative number', StringCtor(n))
      this._maxListeners = n
      return this
    },
    getMaxListeners(this: EmitterFields) {
      return maxListenersOf(this)
    },
    emit,
    addListener(this: EmitterFields, type: PropertyKey, listener: unknown) {
      return addListener(this, type, listener, false)
    },
    prependListener(this: EmitterFields, type: PropertyKey, listener: unknown) {
      return addListener(this, type, listener, true)
    },
    once(this: EmitterFields, type: PropertyKey, listener: unknown) {
      checkListener(listener)
      return addListener(this, type, onceWrap(this, type, listener), false)
    },
    prependOnceListener(this: EmitterFields, type: PropertyKey, listener: unknown) {
      checkListener(listener)
      return addListener(this, type, onceWrap(this, type, listener), true)
    },
    removeListener,
    removeAllListeners,
    listeners(this: EmitterFields, type: PropertyKey) {
      return listenersOf(this, type, true)
    },
    rawListeners(this: EmitterFields, type: PropertyKey) {
      return listenersOf(this, type, false)
    },
    listenerCount,
    eventNames(this: EmitterFields) {
      return this._eventsCount > 0 && this._events ? ReflectOwnKeys(this._events) : []
    },
  }

  define(proto, '_events', undefined)
  define(proto, '_eventsCount', 0)
  define(proto, '_maxListeners', undefined)
  define(proto, 'setMaxListeners', methods.setMaxListeners)
  define(proto, 'getMaxListeners', methods.getMaxListeners)
  define(proto, 'emit', emit)
  define(proto, 'addListener', methods.addListener)
  define(proto, 'on', methods.addListener)
  define(proto, 'prependListener', methods.prependListener)
  define(proto, 'once', methods.once)
  define(proto, 'prependOnceListener', methods.prependOnceListener)
  define(proto, 'removeListener', removeListener)
  define(proto, 'off', removeListener)
  define(proto, 'removeAllListeners', removeAllListeners)
  define(proto, 'listeners', methods.listeners)
  define(proto, 'rawListeners', methods.rawListeners)
  define(proto, 'listenerCount', listenerCount)
  define(proto, 'eventNames', methods.eventNames)
  define(proto, kCapture, false, false)

  return {
    EventEmitter: EventEmitter as unknown as EmitterConstructor,
    init,
    proto,
    getDefaultMaxListeners: () => defaultMaxListeners,
    setDefaultMaxListeners(n: unknown) {
      if (typeof n !== 'number' || n < 0 || NumberIsNaN(n)) throw outOfRange('defaultMaxListeners', 'a non-negative number', StringCtor(n))
      defaultMaxListeners = n
    },
    listenerCountOf: (emitter: EmitterFields, type: PropertyKey) => ReflectApply(listenerCount, emitter, [type]),
    listenersOf,
    maxListenersOf,
  }
}

/** The constructor as programs use it (`new EventEmitter()`, `class X extends EventEmitter`). */
export type EmitterConstructor = (new (opts?: { captureRejections?: boolean }) => EmitterFields & Record<string, unknown>) & {
  prototype: EmitterFields & Record<string, unknown>
}

export type EmitterKit = ReturnType<typeof createEventEmitter>
