/**
 * The `node:events` module: the EventEmitter constructor with Node's
 * statics, `events.once` (a promise of the event's arguments, rejected by an
 * `'error'` event or an abort) and `events.on` (an async iterator of every
 * emission). Promises are the runtime's own, settled with Node's tick counts:
 * `once` is an async function returning a promise in Node, so its result
 * adopts that promise (two extra ticks), which the capability below repeats.
 */
import { PromiseOrigin } from '../../trace/events.ts'
import {
  ArrayIsArray,
  ArrayPrototypePush,
  AsyncFunctionPrototype,
  ErrorCtor,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  ReflectApply,
  SymbolAsyncIterator,
  SymbolFor,
  isCallable,
  isObject,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'
import { abortErrorFor, invalidArgType } from './errors.ts'
import { createEventEmitter, kCapture, kErrorMonitor, kRejection, type EmitterFields, type EmitterServices } from './events.ts'

/** What the module needs besides the emitter's own services. */
export interface EventsModuleServices extends EmitterServices {
  realm: PromiseRealm
  /** The world's EventTarget methods, captured before the program ran (AbortSignals are EventTargets). */
  addEventListener(target: object, type: string, listener: (...args: unknown[]) => unknown, options?: object): void
  removeEventListener(target: object, type: string, listener: (...args: unknown[]) => unknown): void
  /** The listeners of an EventTarget, or undefined when `target` is not one. */
  eventTargetListeners(target: unknown, type: unknown): unknown[] | undefined
}

const define = (target: object, key: PropertyKey, value: unknown, enumerable = true) =>
  ObjectDefineProperty(target, key, { value, writable: true, enumerable, configurable: true })

/** The realm's %AsyncIteratorPrototype%, taken before any program ran. */
const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}.prototype)) as object

type AnyFunction = (...args: unknown[]) => unknown
interface EventTargetLike {
  addEventListener(type: unknown, listener: AnyFunction, options?: object): void
  removeEventListener(type: unknown, listener: AnyFunction, options?: object): void
}
interface EmitterLike {
  on: (type: unknown, listener: AnyFunction) => unknown
  once: (type: unknown, listener: AnyFunction) => unknown
  removeListener: (type: unknown, listener: AnyFunction) => unknown
}

function validateAbortSignal(signal: unknown, name: string): void {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal)
  }
}

function validateOptions(options: unknown): { signal?: { aborted: boolean; reason: unknown } & object; close?: unknown } {
  if (options === null || typeof options !== 'object' || ArrayIsArray(options)) throw invalidArgType('options', 'object', options)
  const signal = (options as { signal?: unknown }).signal
  validateAbortSignal(signal, 'options.signal')
  return options
}

/** Builds `node:events` for one run. */
export function createEventsModule(services: EventsModuleServices) {
  const kit = createEventEmitter(services)
  const { EventEmitter } = kit
  const { realm } = services

  function addAgnostic(emitter: unknown, name: unknown, listener: AnyFunction, once: boolean): void {
    const target = emitter as Partial<EmitterLike & EventTargetLike>
    if (isCallable(target.on)) {
      if (once) ReflectApply(target.once!, emitter, [name, listener])
      else ReflectApply(target.on, emitter, [name, listener])
    } else if (isCallable(target.addEventListener)) {
      ReflectApply(target.addEventListener, emitter, [name, listener, once ? { once: true } : undefined])
    } else {
      throw invalidArgType('emitter', 'EventEmitter', emitter)
    }
  }

  function removeAgnostic(emitter: unknown, name: unknown, listener: AnyFunction): void {
    const target = emitter as Partial<EmitterLike & EventTargetLike>
    if (isCallable(target.removeListener)) ReflectApply(target.removeListener, emitter, [name, listener])
    else if (isCallable(target.removeEventListener)) ReflectApply(target.removeEventListener, emitter, [name, listener])
  }

  function once(emitter: unknown, name: unknown, options: unknown = {}): object {
    const outer = realm.newCapability(PromiseOrigin.AsyncFunction)
    try {
      const { signal } = validateOptions(options)
      if (signal?.aborted) throw abortErrorFor(signal.reason)
      const inner = realm.newCapability(PromiseOrigin.Constructor)
      const abortListener = () => {
        removeAgnostic(emitter, name, resolver)
        removeAgnostic(emitter, 'error', errorListener)
        realm.reject(inner, abortErrorFor(signal!.reason))
      }
      const errorListener = (error: unknown) => {
        removeAgnostic(emitter, name, resolver)
        if (signal) services.removeEventListener(signal, 'abort', abortListener)
        realm.reject(inner, error)
      }
      const resolver = (...args: unknown[]) => {
        if (isCallable((emitter as Partial<EmitterLike>).removeListener)) removeAgnostic(emitter, 'error', errorListener)
        if (signal) services.removeEventListener(signal, 'abort', abortListener)
        realm.resolve(inner, args)
      }
      addAgnostic(emitter, name, resolver, true)
      if (name !== 'error' && isCallable((emitter as Partial<EmitterLike>).once)) {
        ReflectApply((emitter as EmitterLike).once, emitter, ['error', errorListener])
      }
      if (signal) services.addEventListener(signal, 'abort', abortListener, { once: true })
      realm.resolve(outer, inner.promise)
    } catch (error) {
      realm.reject(outer, error)
    }
    return outer.promise
  }
  ObjectSetPrototypeOf(once, AsyncFunctionPrototype)

  function on(emitter: unknown, event: unknown, options: unknown = {}): object {
    return iterate(emitter, event, options, false)
  }

  /** `events.on`; with `firstParam`, each step is the event's first argument (readline's line iterator). */
  function iterate(emitter: unknown, event: unknown, options: unknown, firstParam: boolean): object {
    const { signal, close } = validateOptions(options)
    if (signal?.aborted) throw abortErrorFor(signal.reason)
    const unconsumedEvents: unknown[] = []
    let eventsHead = 0
    const unconsumedPromises: Capability[] = []
    let promisesHead = 0
    let error: unknown = null
    let hasError = false
    let finished = false
    const added: { target: unknown; name: unknown; listener: AnyFunction }[] = []

    const result = (value: unknown, done: boolean) => ({ value, done })
    const resolved = (value: unknown) => {
      const capability = realm.newCapability(PromiseOrigin.Resolve)
      realm.resolve(capability, value)
      return capability.promise
    }
    const listen = (target: unknown, name: unknown, listener: AnyFunction) => {
      addAgnostic(target, name, listener, false)
      ArrayPrototypePush(added, { target, name, listener })
    }
    const removeAll = () => {
      while (added.length > 0) {
        const entry = added[added.length - 1]!
        added.length--
        removeAgnostic(entry.target, entry.name, entry.listener)
      }
    }
    const takePromise = (): Capability | undefined => {
      if (promisesHead >= unconsumedPromises.length) return undefined
      const capability = unconsumedPromises[promisesHead++]!
      if (promisesHead === unconsumedPromises.length) {
        unconsumedPromises.length = 0
        promisesHead = 0
      }
      return capability
    }
    const eventHandler = (value: unknown) => {
      const waiting = takePromise()
      if (waiting) realm.resolve(waiting, result(value, false))
      else ArrayPrototypePush(unconsumedEvents, value)
    }
    const closeHandler = () => {
      if (signal) services.removeEventListener(signal, 'abort', abortListener)
      removeAll()
      finished = true
      const done = result(undefined, true)
      for (let waiting = takePromise(); waiting; waiting = takePromise()) realm.resolve(waiting, done)
      return resolved(done)
    }
    const errorHandler = (err: unknown) => {
      const waiting = takePromise()
      if (waiting) realm.reject(waiting, err)
      else {
        error = err
        hasError = true
      }
      closeHandler()
    }
    const abortListener = () => errorHandler(abortErrorFor(signal!.reason))

    const iterator = {
      next() {
        if (eventsHead < unconsumedEvents.length) {
          const value = unconsumedEvents[eventsHead++]
          if (eventsHead === unconsumedEvents.length) {
            unconsumedEvents.length = 0
            eventsHead = 0
          }
          return resolved(result(value, false))
        }
        if (hasError) {
          const capability = realm.newCapability(PromiseOrigin.Reject)
          realm.reject(capability, error)
          error = null
          hasError = false
          return capability.promise
        }
        if (finished) return closeHandler()
        const capability = realm.newCapability(PromiseOrigin.Constructor)
        ArrayPrototypePush(unconsumedPromises, capability)
        return capability.promise
      },
      return() {
        return closeHandler()
      },
      throw(err: unknown) {
        if (!err || !(err instanceof ErrorCtor)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err)
        errorHandler(err)
      },
      [SymbolAsyncIterator]() {
        return this
      },
    }
    ObjectSetPrototypeOf(iterator, AsyncIteratorPrototype)
    listen(emitter, event, firstParam ? (value: unknown) => eventHandler(value) : (...args: unknown[]) => eventHandler(args))
    if (event !== 'error' && isCallable((emitter as Partial<EmitterLike>).on)) listen(emitter, 'error', errorHandler)
    if (ArrayIsArray(close)) for (let i = 0; i < close.length; i++) listen(emitter, close[i], closeHandler)
    if (signal) services.addEventListener(signal, 'abort', abortListener, { once: true })
    return iterator
  }

  function getEventListeners(emitter: unknown, type: unknown): unknown[] {
    const fromTarget = services.eventTargetListeners(emitter, type)
    if (fromTarget) return fromTarget
    if (isObject(emitter) && isCallable((emitter as { listeners?: unknown }).listeners)) {
      return ReflectApply((emitter as { listeners: AnyFunction }).listeners, emitter, [type]) as unknown[]
    }
    throw invalidArgType('emitter', 'EventEmitter or EventTarget', emitter)
  }

  function getMaxListeners(emitter: unknown): number {
    if (isObject(emitter) && isCallable((emitter as { getMaxListeners?: unknown }).getMaxListeners)) {
      return kit.maxListenersOf(emitter as EmitterFields)
    }
    throw invalidArgType('emitter', 'EventEmitter or EventTarget', emitter)
  }

  function setMaxListeners(n = kit.getDefaultMaxListeners(), ...targets: unknown[]): void {
    if (targets.length === 0) {
      kit.setDefaultMaxListeners(n)
      return
    }
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i] as { setMaxListeners?: unknown }
      if (isObject(target) && isCallable(target.setMaxListeners)) ReflectApply(target.setMaxListeners, target, [n])
      else throw invalidArgType('eventTargets', 'EventEmitter or EventTarget', target)
    }
  }

  function addAbortListener(signal: unknown, listener: unknown): object {
    if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal)
    validateAbortSignal(signal, 'signal')
    if (!isCallable(listener)) throw invalidArgType('listener', 'function', listener)
    const target = signal as { aborted: boolean } & object
    let removed = false
    if (target.aborted) services.nextTick(listener)
    else services.addEventListener(target, 'abort', listener, { once: true })
    return {
      [SymbolDispose]() {
        if (removed) return
        removed = true
        services.removeEventListener(target, 'abort', listener)
      },
    }
  }

  const ctor = EventEmitter as unknown as Record<string, unknown>
  define(ctor, 'addAbortListener', addAbortListener)
  define(ctor, 'once', once)
  define(ctor, 'on', on)
  define(ctor, 'getEventListeners', getEventListeners)
  define(ctor, 'getMaxListeners', getMaxListeners)
  define(ctor, 'EventEmitter', EventEmitter)
  define(ctor, 'usingDomains', false)
  define(ctor, 'captureRejectionSymbol', kRejection)
  ObjectDefineProperty(ctor, 'captureRejections', {
    get: () => kit.proto[kCapture],
    set: (value: unknown) => {
      if (typeof value !== 'boolean') throw invalidArgType('EventEmitter.captureRejections', 'boolean', value)
      kit.proto[kCapture] = value
    },
    enumerable: true,
    configurable: true,
  })
  ObjectDefineProperty(ctor, 'EventEmitterAsyncResource', {
    get: () => {
      throw new ErrorCtor('EventEmitterAsyncResource (async_hooks) is not modelled by Looplab: use EventEmitter.')
    },
    enumerable: true,
    configurable: true,
  })
  define(ctor, 'errorMonitor', kErrorMonitor)
  ObjectDefineProperty(ctor, 'defaultMaxListeners', {
    get: () => kit.getDefaultMaxListeners(),
    set: (value: unknown) => kit.setDefaultMaxListeners(value),
    enumerable: true,
    configurable: true,
  })
  define(ctor, 'setMaxListeners', anonymous(setMaxListeners))
  define(ctor, 'init', anonymous(kit.init))
  define(
    ctor,
    'listenerCount',
    anonymous((emitter: unknown, type: unknown) => {
      const target = emitter as { listenerCount?: unknown }
      if (isCallable(target.listenerCount)) return ReflectApply(target.listenerCount, emitter, [type])
      return kit.listenerCountOf(emitter as EmitterFields, type as PropertyKey)
    }),
  )

  /** The module's exports object (`require('events')` is the constructor itself). */
  return { exports: EventEmitter as unknown as Record<string, unknown>, EventEmitter, kit, iterate }
}

/** `Symbol.dispose` where the realm has it. */
const SymbolDispose: symbol = (Symbol as { dispose?: symbol }).dispose ?? SymbolFor('nodejs.dispose')

/** A function that prints as `[Function (anonymous)]`, as Node's statics assigned from function expressions do. */
function anonymous<F extends (...args: never[]) => unknown>(fn: F): F {
  const wrapper = function (this: unknown) {
    // eslint-disable-next-line prefer-rest-params -- forwards the call as it is
    return ReflectApply(fn, this, arguments)
  } as unknown as F
  ObjectDefineProperty(wrapper, 'name', { value: '', configurable: true })
  ObjectDefineProperty(wrapper, 'length', { value: fn.length, configurable: true })
  return wrapper
}
