import type { FunctionId, LocationId } from '../../trace/ids.ts'
import { createAsyncIteration, type AsyncIteratorRecord } from '../coroutines/asyncIterators.ts'
import type { CoroutineDriver } from '../coroutines/driver.ts'
import { getIteratorFromMethod, getMethod } from '../iteration.ts'
import {
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  StringCtor,
  SymbolAsyncIterator,
  SymbolIterator,
  TypeErrorCtor,
  isCallable,
  isConstructor,
  isObject,
  SafeMath,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'

/** Built-in async functions have no function of the learner's: their coroutines use this id. */
export const BUILTIN_FUNCTION = -1 as FunctionId

/**
 * `Array.fromAsync` (ES2024), as a built-in async function run by the
 * coroutine driver, so each of its awaits is a traced microtask in the right
 * place — following the specification's steps one by one.
 */
export function installArrayFromAsync(arrayConstructor: object, driver: CoroutineDriver, realm: PromiseRealm): void {
  const iteration = createAsyncIteration(realm)
  const awaitValue = (value: unknown) => driver.awaitOperand(value, 0 as LocationId)

  /** AsyncIteratorClose for an abrupt completion: call `return`, await it, ignore its result. */
  function* closeThenThrow(record: AsyncIteratorRecord, error: unknown): Generator<unknown, never, unknown> {
    try {
      const call = iteration.callMethod(record, 'return', undefined, false)
      if (call) yield awaitValue(call.result)
    } catch {
      /* the original error wins */
    }
    throw error
  }

  function* body(this: unknown, asyncItems: unknown, mapfn: unknown, thisArg: unknown): Generator<unknown, unknown, unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- ECMA-262 Array.fromAsync: "Let C be the this value"
    const C = this
    const mapping = mapfn !== undefined
    if (mapping && !isCallable(mapfn)) throw new TypeErrorCtor(`${StringCtor(mapfn)} is not a function`)
    const usingAsync = asyncItems === undefined || asyncItems === null ? undefined : getMethod(asyncItems, SymbolAsyncIterator)
    const usingSync =
      usingAsync === undefined && asyncItems !== undefined && asyncItems !== null ? getMethod(asyncItems, SymbolIterator) : undefined
    if (usingAsync !== undefined || usingSync !== undefined) {
      let record: AsyncIteratorRecord
      if (usingAsync !== undefined) {
        const inner = getIteratorFromMethod(asyncItems, usingAsync)
        record = { ...inner, fromSync: undefined }
      } else {
        const sync = getIteratorFromMethod(asyncItems, usingSync!)
        record = { iterator: sync.iterator, nextMethod: sync.nextMethod, done: false, fromSync: sync }
      }
      const A = (isConstructor(C) ? ReflectConstruct(C as new () => object, []) : []) as Record<number | string, unknown>
      for (let k = 0; ; k++) {
        const nextResult = yield awaitValue(iteration.callNext(record, undefined, false))
        if (!isObject(nextResult)) throw new TypeErrorCtor(`Iterator result ${StringCtor(nextResult)} is not an object`)
        if ((nextResult as { done?: unknown }).done) {
          A.length = k
          return A
        }
        const nextValue = (nextResult as { value?: unknown }).value
        let mappedValue = nextValue
        if (mapping) {
          try {
            mappedValue = ReflectApply(mapfn, thisArg, [nextValue, k])
            mappedValue = yield awaitValue(mappedValue)
          } catch (error) {
            return yield* closeThenThrow(record, error)
          }
        }
        try {
          ObjectDefineProperty(A, StringCtor(k), { value: mappedValue, writable: true, enumerable: true, configurable: true })
        } catch (error) {
          return yield* closeThenThrow(record, error)
        }
      }
    }
    const arrayLike = Object(asyncItems) as Record<string, unknown>
    const length = SafeMath.min(SafeMath.max(SafeMath.trunc(+(arrayLike.length as number)) || 0, 0), 2 ** 53 - 1)
    const A = (isConstructor(C) ? ReflectConstruct(C as new (n: number) => object, [length]) : new Array(length)) as Record<
      number | string,
      unknown
    >
    for (let k = 0; k < length; k++) {
      let kValue = arrayLike[StringCtor(k)]
      kValue = yield awaitValue(kValue)
      let mappedValue = kValue
      if (mapping) mappedValue = yield awaitValue(ReflectApply(mapfn, thisArg, [kValue, k]))
      ObjectDefineProperty(A, StringCtor(k), { value: mappedValue, writable: true, enumerable: true, configurable: true })
    }
    A.length = length
    return A
  }

  const holder = {
    fromAsync(this: unknown, asyncItems: unknown, mapfn?: unknown, thisArg?: unknown) {
      return driver.startAsync(BUILTIN_FUNCTION, this, [asyncItems, mapfn, thisArg], body as (...args: unknown[]) => Generator)
    },
  }
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a built-in method, installed detached: it takes `this` from the program's call
  ObjectDefineProperty(holder.fromAsync, 'length', { value: 1 })
  // eslint-disable-next-line @typescript-eslint/unbound-method -- a built-in method, installed detached: it takes `this` from the program's call
  ObjectDefineProperty(arrayConstructor, 'fromAsync', { value: holder.fromAsync, writable: true, enumerable: false, configurable: true })
}
