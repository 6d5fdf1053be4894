/**
 * `node:timers/promises`, after Node 20's lib/timers/promises.js: the
 * promise is settled by an ordinary Timeout (or Immediate) in the host's
 * timer lists, so it fires in Node's order; an AbortSignal clears it and
 * rejects with an AbortError (then, as in Node, the promise is a `finally`
 * of the one the timer settles, which costs its extra ticks). `setInterval`
 * is an async generator run by the coroutine driver, so every `await` and
 * `yield` inside it is a traced microtask.
 */
import { PromiseOrigin } from '../../trace/events.ts'
import type { LocationId } from '../../trace/ids.ts'
import { BUILTIN_FUNCTION } from '../globals/arrayFromAsync.ts'
import type { CoroutineDriver } from '../coroutines/driver.ts'
import type { NodeTimeout, NodeTimers } from '../hosts/node/timers.ts'
import { AsyncGeneratorFunctionPrototype, ObjectCreate, ObjectSetPrototypeOf, ReflectApply } from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import { abortErrorFor, invalidArgType } from './errors.ts'

/** The host pieces the promise timers are built on. */
export interface PromiseTimerServices {
  realm: PromiseRealm
  driver: CoroutineDriver
  timers: NodeTimers
  setImmediate(callback: (...args: unknown[]) => unknown, args: unknown[]): object
  clearImmediate(immediate: object): void
  unrefImmediate(immediate: object): void
  /** The runtime's own `Promise.prototype.finally`, taken before the program ran. */
  promiseFinally: (this: object, onFinally: () => void) => object
  addEventListener(target: object, type: string, listener: () => void, options?: object): void
  removeEventListener(target: object, type: string, listener: () => void): void
}

type Signal = { aborted: boolean; reason: unknown } & object
interface TimerOptions {
  signal?: Signal
  ref: boolean
}

/** Node's option checks; throws what Node's promise rejects with. */
function timerOptions(options: unknown): TimerOptions {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'Object', options)
  const { signal, ref = true } = options as { signal?: unknown; ref?: unknown }
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType('options.signal', 'AbortSignal', signal)
  }
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref)
  return { signal: signal as Signal | undefined, ref }
}

export function createTimersPromises(services: PromiseTimerServices) {
  const { realm, timers, driver } = services
  const rejected = (reason: unknown) => {
    const capability = realm.newCapability(PromiseOrigin.Reject)
    realm.reject(capability, reason)
    return capability.promise
  }

  /** Starts the timer (`start(resolve)` returns a cancel function) and wires the signal, as Node's timer promises do. */
  function timerPromise(options: unknown, start: (resolve: (value: unknown) => void, ref: boolean) => () => void): object {
    let parsed: TimerOptions
    try {
      parsed = timerOptions(options)
    } catch (error) {
      return rejected(error)
    }
    const { signal } = parsed
    if (signal?.aborted) return rejected(abortErrorFor(signal.reason))
    const capability = realm.newCapability(PromiseOrigin.Constructor)
    const cancel = start((value) => realm.resolve(capability, value), parsed.ref)
    if (!signal) return capability.promise
    const onCancel = () => {
      cancel()
      realm.reject(capability, abortErrorFor(signal.reason))
    }
    services.addEventListener(signal, 'abort', onCancel)
    return ReflectApply(services.promiseFinally, capability.promise, [() => services.removeEventListener(signal, 'abort', onCancel)])
  }

  function setTimeout(after?: unknown, value?: unknown, options: unknown = {}): object {
    return timerPromise(options, (resolve, ref) => {
      const timeout = timers.create(() => resolve(value), after, [], false)
      if (!ref) timers.setRef(timeout, false)
      return () => timers.clear(timeout)
    })
  }

  function setImmediate(value?: unknown, options: unknown = {}): object {
    return timerPromise(options, (resolve, ref) => {
      const immediate = services.setImmediate(() => resolve(value), [])
      if (!ref) services.unrefImmediate(immediate)
      return () => services.clearImmediate(immediate)
    })
  }

  const awaitValue = (value: unknown) => driver.awaitOperand(value, 0 as LocationId)
  const yieldValue = (value: unknown) => driver.yieldOperand(value, 0 as LocationId)

  function* intervalBody(after: unknown, value: unknown, options: unknown): Generator<unknown, void, unknown> {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'Object', options)
    const { signal, ref } = timerOptions(options)
    if (signal?.aborted) throw abortErrorFor(signal.reason)
    let interval: NodeTimeout | undefined
    let onCancel: (() => void) | undefined
    try {
      let notYielded = 0
      let callback: ((value?: unknown) => void) | undefined
      interval = timers.create(
        () => {
          notYielded++
          if (callback) {
            callback()
            callback = undefined
          }
        },
        after,
        [],
        true,
      )
      if (!ref) timers.setRef(interval, false)
      if (signal) {
        onCancel = () => {
          timers.clear(interval)
          if (callback) {
            callback(rejected(abortErrorFor(signal.reason)))
            callback = undefined
          }
        }
        services.addEventListener(signal, 'abort', onCancel, { once: true })
      }
      while (!signal?.aborted) {
        if (notYielded === 0) {
          const capability = realm.newCapability(PromiseOrigin.Constructor)
          callback = (result?: unknown) => realm.resolve(capability, result)
          yield awaitValue(capability.promise)
        }
        for (; notYielded > 0; notYielded--) yield yieldValue(value)
      }
      throw abortErrorFor(signal.reason)
    } finally {
      timers.clear(interval)
      if (signal && onCancel) services.removeEventListener(signal, 'abort', onCancel)
    }
  }

  function setInterval(after?: unknown, value?: unknown, options: unknown = {}): object {
    return driver.startAsyncGenerator(
      BUILTIN_FUNCTION,
      undefined,
      [after, value, options],
      intervalBody as (...args: unknown[]) => Generator,
    )
  }
  ObjectSetPrototypeOf(setInterval, AsyncGeneratorFunctionPrototype)

  const scheduler = ObjectCreate({
    wait(this: unknown, delay: unknown, options?: unknown) {
      return setTimeout(delay, undefined, options ?? {})
    },
    yield(this: unknown) {
      return setImmediate()
    },
  })

  const exports = { setTimeout, setImmediate, setInterval, scheduler }
  return { exports, setTimeout, setImmediate }
}
