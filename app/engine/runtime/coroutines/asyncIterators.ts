import { PromiseOrigin, ReactionKind } from '../../trace/events.ts'
import { getIteratorFromMethod, getMethod, iterResult, type IteratorRecord } from '../iteration.ts'
import { ReflectApply, StringCtor, SymbolAsyncIterator, SymbolIterator, TypeErrorCtor, isCallable, isObject } from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'

/**
 * An async iterator record: either a real async iterator, or a sync iterator
 * wrapped by CreateAsyncFromSyncIterator (§27.1.6), whose methods we run
 * internally since the wrapper object is never exposed to the program.
 */
export interface AsyncIteratorRecord extends IteratorRecord {
  fromSync: IteratorRecord | undefined
}

export interface AsyncIteration {
  /** GetIterator(obj, async). */
  getAsyncIterator(value: unknown): AsyncIteratorRecord
  /** Calls the iterator's `next` (or the from-sync wrapper's) and returns what to await. */
  callNext(record: AsyncIteratorRecord, value: unknown, passValue: boolean): unknown
  /** Calls `return` / `throw` (GetMethod first); undefined when the iterator has no such method. */
  callMethod(record: AsyncIteratorRecord, name: 'return' | 'throw', value: unknown, passValue: boolean): { result: unknown } | undefined
}

export function createAsyncIteration(realm: PromiseRealm): AsyncIteration {
  function describe(value: unknown): string {
    if (value === undefined || value === null) return StringCtor(value)
    if (typeof value === 'function') return 'function'
    if (typeof value === 'object') return 'object'
    if (typeof value === 'string') return `"${value}"`
    if (typeof value === 'symbol') return 'symbol'
    return StringCtor(value)
  }

  function getAsyncIterator(value: unknown): AsyncIteratorRecord {
    const method = value === undefined || value === null ? undefined : getMethod(value, SymbolAsyncIterator)
    if (method === undefined) {
      const syncMethod = value === undefined || value === null ? undefined : getMethod(value, SymbolIterator)
      if (syncMethod === undefined) throw new TypeErrorCtor(`${describe(value)} is not async iterable`)
      const syncRecord = getIteratorFromMethod(value, syncMethod)
      return { iterator: syncRecord.iterator, nextMethod: syncRecord.nextMethod, done: false, fromSync: syncRecord }
    }
    const iterator = ReflectApply(method, value, [])
    if (!isObject(iterator)) throw new TypeErrorCtor('Result of the Symbol.asyncIterator method is not an object')
    return { iterator, nextMethod: (iterator as { next?: unknown }).next, done: false, fromSync: undefined }
  }

  /** AsyncFromSyncIteratorContinuation(result, capability). */
  function continuation(result: object, capability: Capability): unknown {
    try {
      const done = !!(result as { done?: unknown }).done
      const value = (result as { value?: unknown }).value
      const wrapper = realm.promiseResolve(realm.Promise, value)
      const onFulfilled = [(v: unknown) => iterResult(v, done)][0]!
      realm.performThen(wrapper, onFulfilled, undefined, capability, ReactionKind.Then)
    } catch (error) {
      realm.reject(capability, error)
    }
    return capability.promise
  }

  function fromSyncNext(sync: IteratorRecord, value: unknown, passValue: boolean): unknown {
    const capability = realm.newCapability(PromiseOrigin.Internal)
    let result: unknown
    try {
      if (!isCallable(sync.nextMethod)) throw new TypeErrorCtor(`${describe(sync.nextMethod)} is not a function`)
      result = passValue ? ReflectApply(sync.nextMethod, sync.iterator, [value]) : ReflectApply(sync.nextMethod, sync.iterator, [])
      if (!isObject(result)) throw new TypeErrorCtor(`Iterator result ${describe(result)} is not an object`)
    } catch (error) {
      realm.reject(capability, error)
      return capability.promise
    }
    return continuation(result, capability)
  }

  function fromSyncMethod(sync: IteratorRecord, name: 'return' | 'throw', value: unknown, passValue: boolean): unknown {
    const capability = realm.newCapability(PromiseOrigin.Internal)
    let method: ((...args: unknown[]) => unknown) | undefined
    try {
      method = getMethod(sync.iterator, name)
    } catch (error) {
      realm.reject(capability, error)
      return capability.promise
    }
    if (method === undefined) {
      if (name === 'return') realm.resolve(capability, iterResult(value, true))
      else realm.reject(capability, value)
      return capability.promise
    }
    let result: unknown
    try {
      result = passValue ? ReflectApply(method, sync.iterator, [value]) : ReflectApply(method, sync.iterator, [])
      if (!isObject(result)) throw new TypeErrorCtor(`Iterator result ${describe(result)} is not an object`)
    } catch (error) {
      realm.reject(capability, error)
      return capability.promise
    }
    return continuation(result, capability)
  }

  return {
    getAsyncIterator,
    callNext(record, value, passValue) {
      if (record.fromSync) return fromSyncNext(record.fromSync, value, passValue)
      if (!isCallable(record.nextMethod)) throw new TypeErrorCtor(`${describe(record.nextMethod)} is not a function`)
      return passValue ? ReflectApply(record.nextMethod, record.iterator, [value]) : ReflectApply(record.nextMethod, record.iterator, [])
    },
    callMethod(record, name, value, passValue) {
      if (record.fromSync) return { result: fromSyncMethod(record.fromSync, name, value, passValue) }
      const method = getMethod(record.iterator, name)
      if (method === undefined) return undefined
      return { result: passValue ? ReflectApply(method, record.iterator, [value]) : ReflectApply(method, record.iterator, []) }
    },
  }
}
