import { ReflectApply, StringCtor, SymbolIterator, TypeErrorCtor, isCallable, isObject } from './primordials.ts'

/** An Iterator Record (§7.4.1). */
export interface IteratorRecord {
  iterator: object
  nextMethod: unknown
  done: boolean
}

/** How V8 names a value in "is not iterable" messages. */
export function describeNonIterable(value: unknown): string {
  if (value === undefined || value === null) return `${value}`
  if (typeof value === 'string') return `string "${value}"`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`
  if (typeof value === 'function') return 'function'
  if (typeof value === 'symbol') return 'symbol'
  return 'object'
}

/** GetMethod(V, P). */
export function getMethod(value: unknown, key: PropertyKey): ((...args: unknown[]) => unknown) | undefined {
  const method = (value as Record<PropertyKey, unknown>)[key]
  if (method === undefined || method === null) return undefined
  if (!isCallable(method)) throw new TypeErrorCtor(`${typeof method === 'object' ? 'object' : StringCtor(method)} is not a function`)
  return method
}

/** GetIteratorFromMethod. */
export function getIteratorFromMethod(value: unknown, method: (...args: unknown[]) => unknown): IteratorRecord {
  const iterator = ReflectApply(method, value, [])
  if (!isObject(iterator)) throw new TypeErrorCtor('Result of the Symbol.iterator method is not an object')
  const nextMethod = (iterator as { next?: unknown }).next
  return { iterator, nextMethod, done: false }
}

/** GetIterator(obj, sync). */
export function getIterator(value: unknown): IteratorRecord {
  const method = value === undefined || value === null ? undefined : getMethod(value, SymbolIterator)
  if (method === undefined) {
    throw new TypeErrorCtor(`${describeNonIterable(value)} is not iterable (cannot read property Symbol(Symbol.iterator))`)
  }
  return getIteratorFromMethod(value, method)
}

/** IteratorNext + result check. */
export function iteratorNext(record: IteratorRecord, value?: unknown, passValue = false): object {
  if (!isCallable(record.nextMethod)) throw new TypeErrorCtor(`${StringCtor(record.nextMethod)} is not a function`)
  const result = passValue
    ? ReflectApply(record.nextMethod, record.iterator, [value])
    : ReflectApply(record.nextMethod, record.iterator, [])
  if (!isObject(result)) throw new TypeErrorCtor(`Iterator result ${StringCtor(result)} is not an object`)
  return result
}

/**
 * IteratorStepValue: the next value, or `DONE`. Any abrupt completion marks
 * the record done (so it is not closed), as the spec requires.
 */
export const DONE: unique symbol = Symbol('done') as never
export function iteratorStepValue(record: IteratorRecord): unknown {
  try {
    const result = iteratorNext(record)
    if ((result as { done?: unknown }).done) {
      record.done = true
      return DONE
    }
    return (result as { value?: unknown }).value
  } catch (error) {
    record.done = true
    throw error
  }
}

/** IteratorClose(record, completion) for a throw completion: errors of `return` are ignored. */
export function iteratorCloseOnThrow(record: IteratorRecord): void {
  try {
    const returnMethod = getMethod(record.iterator, 'return')
    if (returnMethod !== undefined) ReflectApply(returnMethod, record.iterator, [])
  } catch {
    /* the original throw completion wins */
  }
}

/** IteratorClose(record, completion) for a normal completion. */
export function iteratorClose(record: IteratorRecord): void {
  const returnMethod = getMethod(record.iterator, 'return')
  if (returnMethod === undefined) return
  const inner = ReflectApply(returnMethod, record.iterator, [])
  if (!isObject(inner)) throw new TypeErrorCtor(`Iterator result ${StringCtor(inner)} is not an object`)
}

/** CreateIterResultObject. */
export function iterResult(value: unknown, done: boolean): { value: unknown; done: boolean } {
  return { value, done }
}
