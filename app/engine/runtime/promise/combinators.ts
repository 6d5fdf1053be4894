import { PromiseOrigin } from '../../trace/events.ts'
import type { Agent } from '../agent.ts'
import { DONE, getIterator, iteratorCloseOnThrow, iteratorStepValue, type IteratorRecord } from '../iteration.ts'
import {
  AggregateErrorCtor,
  ArrayStore,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  ReflectDeleteProperty,
  SymbolSpecies,
  TypeErrorCtor,
  isCallable,
} from '../primordials.ts'
import type { PromiseRealm } from './realm.ts'
import type { Capability } from './slots.ts'

type Perform = (record: IteratorRecord, C: unknown, capability: Capability, promiseResolve: (...args: unknown[]) => unknown) => unknown

/**
 * Promise.all / allSettled / race / any, following §27.2.4: the iteration,
 * `C.resolve` lookups and `then` invocations are all observable, in order.
 */
export function installCombinators(agent: Agent, realm: PromiseRealm): void {
  const { Promise } = realm

  /** The shared frame of the four: capability, GetPromiseResolve, GetIterator, IfAbruptRejectPromise, IteratorClose. */
  function combinator(C: unknown, iterable: unknown, perform: Perform): unknown {
    const capability = realm.newPromiseCapability(C, PromiseOrigin.Combinator)
    if (capability.internal) realm.exposeResolvingFunctions(capability)
    let promiseResolve: unknown
    try {
      promiseResolve = (C as { resolve?: unknown }).resolve
      if (!isCallable(promiseResolve)) throw new TypeErrorCtor('Promise resolve or reject function is not callable')
    } catch (error) {
      agent.rethrowIfStopping(error)
      realm.reject(capability, error)
      return capability.promise
    }
    let record: IteratorRecord
    try {
      record = getIterator(iterable)
    } catch (error) {
      agent.rethrowIfStopping(error)
      realm.reject(capability, error)
      return capability.promise
    }
    try {
      return perform(record, C, capability, promiseResolve)
    } catch (error) {
      agent.rethrowIfStopping(error)
      if (!record.done) iteratorCloseOnThrow(record)
      realm.reject(capability, error)
      return capability.promise
    }
  }

  function invokeThen(value: unknown, onFulfilled: unknown, onRejected: unknown): void {
    realm.invokeThen(value, onFulfilled, onRejected)
  }

  /** A built-in closure as the spec creates them: anonymous, length 1. */
  function elementFunction(body: (value: unknown) => void): (value: unknown) => undefined {
    return [
      (value: unknown) => {
        body(value)
        return undefined
      },
    ][0]!
  }

  /**
   * The loop Promise.all, allSettled and any share: one slot per element,
   * each filled at most once (an element's reactions share one
   * [[AlreadyCalled]]), and `finish` once every slot is filled.
   */
  function performPerElement(
    record: IteratorRecord,
    C: unknown,
    promiseResolve: (...args: unknown[]) => unknown,
    finish: (values: unknown[]) => void,
    reactions: (settle: (entry: unknown) => void) => [onFulfilled: unknown, onRejected: unknown],
  ): void {
    const values: unknown[] = []
    const remaining = { count: 1 }
    let index = 0
    for (;;) {
      const next = iteratorStepValue(record)
      if (next === DONE) {
        if (--remaining.count === 0) finish(values)
        return
      }
      ArrayStore(values, index, undefined)
      const nextPromise = ReflectApply(promiseResolve, C, [next])
      const position = index
      const alreadyCalled = { value: false }
      // Indexed, not destructured: destructuring would run the program's Array.prototype[Symbol.iterator].
      const handlers = reactions((entry) => {
        if (alreadyCalled.value) return
        alreadyCalled.value = true
        ArrayStore(values, position, entry)
        if (--remaining.count === 0) finish(values)
      })
      remaining.count++
      invokeThen(nextPromise, handlers[0], handlers[1])
      index++
    }
  }

  const performAll: Perform = (record, C, capability, promiseResolve) => {
    const resolveAll = (values: unknown[]) => realm.resolve(capability, values)
    performPerElement(record, C, promiseResolve, resolveAll, (settle) => [elementFunction(settle), capability.reject])
    return capability.promise
  }

  const performAllSettled: Perform = (record, C, capability, promiseResolve) => {
    const resolveAll = (values: unknown[]) => realm.resolve(capability, values)
    performPerElement(record, C, promiseResolve, resolveAll, (settle) => [
      elementFunction((x) => settle({ status: 'fulfilled', value: x })),
      elementFunction((x) => settle({ status: 'rejected', reason: x })),
    ])
    return capability.promise
  }

  const performRace: Perform = (record, C, capability, promiseResolve) => {
    for (;;) {
      const next = iteratorStepValue(record)
      if (next === DONE) return capability.promise
      const nextPromise = ReflectApply(promiseResolve, C, [next])
      invokeThen(nextPromise, capability.resolve, capability.reject)
    }
  }

  const performAny: Perform = (record, C, capability, promiseResolve) => {
    const rejectAll = (errors: unknown[]) => {
      const error = new AggregateErrorCtor([], 'All promises were rejected')
      ObjectDefineProperty(error, 'errors', { value: errors, writable: true, enumerable: false, configurable: true })
      realm.reject(capability, error)
    }
    performPerElement(record, C, promiseResolve, rejectAll, (settle) => [capability.resolve, elementFunction(settle)])
    return capability.promise
  }

  const statics = {
    all(iterable: unknown) {
      return combinator(this, iterable, performAll)
    },
    allSettled(iterable: unknown) {
      return combinator(this, iterable, performAllSettled)
    },
    any(iterable: unknown) {
      return combinator(this, iterable, performAny)
    },
    race(iterable: unknown) {
      return combinator(this, iterable, performRace)
    },
  }
  for (const name of ['all', 'allSettled', 'any', 'race'] as const) {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- a built-in method, installed detached: it takes `this` from the program's call
    ObjectDefineProperty(Promise, name, { value: statics[name], writable: true, enumerable: false, configurable: true })
  }
  // V8's order of Promise's own keys: the combinators come before resolve and reject.
  for (const key of ['resolve', 'reject', 'withResolvers', 'try', SymbolSpecies] as const) {
    const descriptor = ObjectGetOwnPropertyDescriptor(Promise, key)
    if (!descriptor) continue
    ReflectDeleteProperty(Promise, key)
    ObjectDefineProperty(Promise, key, descriptor)
  }
}
