import type { AsyncIteration, AsyncIteratorRecord } from './coroutines/asyncIterators.ts'
import { StringCtor, TypeErrorCtor, isObject } from './primordials.ts'

/** No `return` method to call while closing. */
const NONE = { looplab: 'none' } as const

/**
 * The helpers a lowered `for await` loop calls (see compile/instrument.ts).
 * `record.done` means "do not close": it is set while a step is in flight and
 * cleared once a value has been bound, so an error in `next()`, its awaited
 * result, `done` or `value` never closes the iterator, as the spec requires.
 */
export function createForAwaitHelpers(iteration: AsyncIteration) {
  return {
    NONE,
    open(iterable: unknown): AsyncIteratorRecord {
      return iteration.getAsyncIterator(iterable)
    },
    next(record: AsyncIteratorRecord): unknown {
      record.done = true
      return iteration.callNext(record, undefined, false)
    },
    done(record: AsyncIteratorRecord, result: unknown): boolean {
      if (!isObject(result)) throw new TypeErrorCtor(`Iterator result ${StringCtor(result)} is not an object`)
      if ((result as { done?: unknown }).done) return true
      return false
    },
    value(record: AsyncIteratorRecord, result: unknown): unknown {
      const value = (result as { value?: unknown }).value
      record.done = false
      return value
    },
    mustClose(record: AsyncIteratorRecord): boolean {
      if (record.done) return false
      record.done = true
      return true
    },
    /** Calls `return` (if any); the loop awaits what it returns. */
    closeStart(record: AsyncIteratorRecord): unknown {
      const call = iteration.callMethod(record, 'return', undefined, false)
      return call === undefined ? NONE : call.result
    },
    closeEnd(result: unknown): void {
      if (!isObject(result)) throw new TypeErrorCtor(`Iterator result ${StringCtor(result)} is not an object`)
    },
  }
}
