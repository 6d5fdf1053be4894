import { PromiseOrigin, ReactionKind } from '../../trace/events.ts'
import type { Agent } from '../agent.ts'
import { structuredCloneValue } from '../globals/structuredClone.ts'
import type { IoQueue } from '../hosts/ioQueue.ts'
import { ErrorCtor, TypeErrorCtor, isObject } from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'
import type { DOMExceptionClass } from './domException.ts'
import type { EventClasses } from './events.ts'

/** What every module of the simulated world shares within one run. */
export interface WorldContext {
  readonly agent: Agent
  readonly realm: PromiseRealm
  readonly io: IoQueue
  readonly events: EventClasses
  readonly profile: 'node' | 'browser'
  readonly DOMException: DOMExceptionClass
  /** The worker whose job is running (see worker.ts), or undefined on the main thread. */
  offThread: string | undefined
  /**
   * Refuses to start simulated I/O inside a worker job: a job is synchronous
   * CPU work, and its trace is muted, so I/O started there could not be told.
   */
  mainThreadOnly(what: string): void
  /** A new pending promise of the runtime's (never a native one). */
  newPromise(): Capability
  /** A promise of the runtime's, already fulfilled with `value`. */
  resolved(value: unknown): object
  /** A promise of the runtime's, already rejected with `reason`. */
  rejected(reason: unknown): object
  /**
   * Waits for a value a program handed back (a plain value, a promise or a
   * thenable): `onFulfilled`/`onRejected` run in a reaction job, or at once
   * for a primitive.
   */
  follow(value: unknown, onFulfilled: (value: unknown) => void, onRejected: (reason: unknown) => void): void
  /** The structured clone algorithm, failing with a `DataCloneError` DOMException as hosts do. */
  clone(value: unknown): unknown
}

export function createWorldContext(
  agent: Agent,
  realm: PromiseRealm,
  io: IoQueue,
  events: EventClasses,
  profile: 'node' | 'browser',
  DOMException: DOMExceptionClass,
): WorldContext {
  const newPromise = () => realm.newCapability(PromiseOrigin.Host)
  return {
    agent,
    realm,
    io,
    events,
    profile,
    DOMException,
    offThread: undefined,
    mainThreadOnly(what) {
      if (this.offThread === undefined) return
      throw new TypeErrorCtor(
        `${what} is not available inside a job of the worker ${this.offThread}: a worker job is synchronous CPU work (use world.cpu to spend time).`,
      )
    },
    newPromise,
    resolved(value) {
      const capability = newPromise()
      realm.resolve(capability, value)
      return capability.promise
    },
    rejected(reason) {
      const capability = newPromise()
      realm.reject(capability, reason)
      return capability.promise
    },
    follow(value, onFulfilled, onRejected) {
      if (!isObject(value)) {
        onFulfilled(value)
        return
      }
      let promise: object
      if (realm.slotsOf(value)) promise = value
      else {
        const capability = newPromise()
        realm.resolve(capability, value)
        promise = capability.promise
      }
      realm.performThen(promise, onFulfilled, onRejected, undefined, ReactionKind.Then)
    },
    clone(value) {
      if (realm.slotsOf(value)) throw new DOMException('#<Promise> could not be cloned.', 'DataCloneError')
      try {
        return structuredCloneValue(value)
      } catch (error) {
        agent.rethrowIfStopping(error)
        if (error instanceof ErrorCtor && error.name === 'DataCloneError') throw new DOMException(error.message, 'DataCloneError')
        throw error
      }
    },
  }
}
