import type { CoroutineKind } from '../../trace/events.ts'
import type { CoroutineId, FunctionId } from '../../trace/ids.ts'
import type { Capability } from '../promise/capability.ts'

/** What the compiled body yields to its driver: an `await`, a `yield`, or a `yield*`. */
export const AWAIT_TOKEN = { looplab: 'await' } as const
export const YIELD_TOKEN = { looplab: 'yield' } as const
export const DELEGATE_TOKEN = { looplab: 'yield*' } as const

/** Async generator states (§27.6.3). */
export const SUSPENDED_START = 0
export const SUSPENDED_YIELD = 1
export const EXECUTING = 2
export const AWAITING_RETURN = 3
export const COMPLETED = 4
export type AsyncGeneratorState = 0 | 1 | 2 | 3 | 4

/** How a coroutine is resumed. */
export const NEXT = 0
export const THROW = 1
export const RETURN = 2
export type ResumeMode = typeof NEXT | typeof THROW | typeof RETURN

/** One request waiting on an async generator: a completion and the promise to settle. */
export class AsyncGeneratorRequest {
  next: AsyncGeneratorRequest | null = null
  constructor(
    readonly mode: ResumeMode,
    readonly value: unknown,
    readonly capability: Capability,
  ) {}
}

/**
 * One activation of an async function, an async generator, or the module
 * body: the lowered generator that holds its frame, and how to continue it
 * when an awaited promise settles.
 */
export class Coroutine {
  gen: Generator | undefined = undefined
  /** The async function's result promise (unused by async generators). */
  capability: Capability | undefined = undefined
  /** What to do with the settled value of the current await. */
  continuation: ((threw: boolean, value: unknown) => void) | undefined = undefined
  agState: AsyncGeneratorState = SUSPENDED_START
  queueHead: AsyncGeneratorRequest | null = null
  queueTail: AsyncGeneratorRequest | null = null
  /** The generator object learners hold (async generators only). */
  object: object | undefined = undefined
  /** What the driver does when the current await settles (a driver-private code). */
  cont = 0
  /** The inner iterator of a `yield*` in progress. */
  delegate: unknown = undefined

  constructor(
    readonly id: CoroutineId,
    readonly fnId: FunctionId,
    readonly kind: CoroutineKind,
  ) {}

  enqueue(request: AsyncGeneratorRequest): void {
    if (this.queueTail) this.queueTail.next = request
    else this.queueHead = request
    this.queueTail = request
  }

  dequeue(): AsyncGeneratorRequest | null {
    const first = this.queueHead
    if (!first) return null
    this.queueHead = first.next
    if (!this.queueHead) this.queueTail = null
    first.next = null
    return first
  }
}
