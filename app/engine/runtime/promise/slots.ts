import type { EventSeq, PromiseId } from '../../trace/ids.ts'
import type { Coroutine } from '../coroutines/coroutine.ts'
import type { Capability } from './capability.ts'

export type { Capability } from './capability.ts'

export const PENDING = 0
export const FULFILLED = 1
export const REJECTED = 2
export type PromiseStateCode = typeof PENDING | typeof FULFILLED | typeof REJECTED

/** What reacts to a settlement: user callbacks, or a coroutine to resume. */
export const HANDLER_CALLBACKS = 0
export const HANDLER_AWAIT = 1
export type ReactionHandler = typeof HANDLER_CALLBACKS | typeof HANDLER_AWAIT

/** A PromiseReaction pair (fulfil + reject) registered by one PerformPromiseThen. */
export class Reaction {
  next: Reaction | null = null
  constructor(
    readonly capability: Capability | undefined,
    readonly handler: ReactionHandler,
    readonly onFulfilled: unknown,
    readonly onRejected: unknown,
    readonly coroutine: Coroutine | undefined,
    /** The trace event that registered it (PromiseThen or AwaitSuspend). */
    readonly registration: EventSeq,
    /** Registered by the host or runtime, not the program: its job is traced as internal. */
    readonly internal = false,
  ) {}
}

/** The internal slots of a promise ([[PromiseState]], [[PromiseResult]], reactions, [[PromiseIsHandled]]). */
export class PromiseSlots {
  state: PromiseStateCode = PENDING
  result: unknown = undefined
  first: Reaction | null = null
  last: Reaction | null = null
  isHandled = false
  /** The trace event of its settlement, the cause of the reactions it queues. */
  settleSeq = -1 as EventSeq
  /**
   * @param silent A promise no program can observe (the one `await` wraps a
   *   plain value in): it is not traced, since it would only add noise.
   */
  constructor(
    readonly id: PromiseId,
    readonly silent = false,
  ) {}
}
