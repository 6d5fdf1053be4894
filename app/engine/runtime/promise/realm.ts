import { EventKind, JobKind, PromiseOrigin, ReactionKind } from '../../trace/events.ts'
import type { EventSeq, PromiseId } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import type { Coroutine } from '../coroutines/coroutine.ts'
import {
  NativeProxy,
  ObjectDefineProperty,
  ReflectApply,
  ReflectConstruct,
  ReflectGet,
  SymbolSpecies,
  SymbolToStringTag,
  TypeErrorCtor,
  isCallable,
  isConstructor,
  isObject,
} from '../primordials.ts'
import { previewValue } from './preview.ts'
import { FULFILLED, HANDLER_AWAIT, HANDLER_CALLBACKS, PENDING, PromiseSlots, REJECTED, Reaction, type Capability } from './slots.ts'

/** The constructor learners see as `Promise`. */
export type PromiseClass = PromiseConstructor

/** The abstract operations of §27.2 that the rest of the runtime builds on. */
export interface PromiseRealm {
  readonly Promise: PromiseClass
  slotsOf(value: unknown): PromiseSlots | undefined
  /** A new pending %Promise% with an internal capability. */
  newCapability(origin: PromiseOrigin): Capability
  /** NewPromiseCapability(C), observable when C is not %Promise%. */
  newPromiseCapability(C: unknown, origin: PromiseOrigin): Capability
  /** Calls the capability's resolve function (the resolve steps, thenables included). */
  resolve(capability: Capability, value: unknown): void
  reject(capability: Capability, reason: unknown): void
  /** PromiseResolve(C, x). */
  promiseResolve(C: unknown, value: unknown): object
  /** PromiseResolve(%Promise%, x) for `await`: a promise it has to create is not traced (no program can see it). */
  promiseResolveForAwait(value: unknown): object
  /** PerformPromiseThen. */
  performThen(promise: object, onFulfilled: unknown, onRejected: unknown, capability: Capability | undefined, kind: ReactionKind): void
  /** PerformPromiseThen for `await`: the coroutine resumes when `promise` settles. */
  awaitPromise(promise: object, coroutine: Coroutine, registration: EventSeq): void
  /** Invoke(value, "then", args): the observable method call. */
  invokeThen(value: unknown, onFulfilled: unknown, onRejected: unknown): unknown
  /** SpeciesConstructor(O, %Promise%). */
  speciesConstructor(value: object): unknown
  /** Marks a rejected promise as handled (no unhandled-rejection report). */
  markHandled(promise: object): void
  /** Gives an internal capability real resolving functions (before handing them to user code). */
  exposeResolvingFunctions(capability: Capability): void
}

/** Called when an awaited promise settles and the coroutine's resume job runs. */
export type ResumeCoroutine = (coroutine: Coroutine, threw: boolean, value: unknown) => void

export function createPromiseRealm(agent: Agent, resumeCoroutine: ResumeCoroutine): PromiseRealm {
  let slotsOf: (value: unknown) => PromiseSlots | undefined

  const INTERNAL = {}
  /** What the next internally constructed promise is for (traced with its creation). */
  let internalOrigin: PromiseOrigin = PromiseOrigin.Internal
  const SILENT = {}

  class Promise {
    #slots: PromiseSlots

    static {
      slotsOf = (value) => (isObject(value) && #slots in value ? value.#slots : undefined)
    }

    constructor(executor: unknown) {
      if (new.target === undefined) throw new TypeErrorCtor("Promise constructor cannot be invoked without 'new'")
      if (executor === INTERNAL) {
        this.#slots = createSlots(internalOrigin)
        return
      }
      if (executor === SILENT) {
        this.#slots = new PromiseSlots(agent.newId('promise') as PromiseId, true)
        return
      }
      if (!isCallable(executor)) throw new TypeErrorCtor(`Promise resolver ${describeForError(executor)} is not a function`)
      this.#slots = createSlots(PromiseOrigin.Constructor)
      const { resolve, reject } = createResolvingFunctions(this)
      try {
        ReflectApply(executor, undefined, [resolve, reject])
      } catch (error) {
        agent.rethrowIfStopping(error)
        ReflectApply(reject, undefined, [error])
      }
    }

    then(onFulfilled?: unknown, onRejected?: unknown): unknown {
      if (!slotsOf(this)) throw new TypeErrorCtor(`Method Promise.prototype.then called on incompatible receiver ${describeForError(this)}`)
      const C = speciesConstructor(this)
      const capability = newPromiseCapability(C, PromiseOrigin.Then)
      const kind = onFulfilled === undefined && onRejected !== undefined ? ReactionKind.Catch : ReactionKind.Then
      performThen(this, onFulfilled, onRejected, capability, kind)
      return capability.promise
    }

    catch(onRejected?: unknown): unknown {
      return invokeThen(this, undefined, onRejected)
    }

    finally(this: unknown, onFinally?: unknown): unknown {
      if (!isObject(this)) throw new TypeErrorCtor(`Method Promise.prototype.finally called on a non-object`)
      const C = speciesConstructor(this)
      let thenFinally: unknown = onFinally
      let catchFinally: unknown = onFinally
      if (isCallable(onFinally)) {
        thenFinally = finallyHandler(C, onFinally, false)
        catchFinally = finallyHandler(C, onFinally, true)
      }
      return invokeThen(this, thenFinally, catchFinally)
    }

    static resolve(this: unknown, value?: unknown): unknown {
      if (!isObject(this)) throw new TypeErrorCtor('PromiseResolve called on non-object')
      return promiseResolve(this, value)
    }

    static reject(reason?: unknown): unknown {
      const capability = newPromiseCapability(this, PromiseOrigin.Reject)
      reject(capability, reason)
      return capability.promise
    }

    static withResolvers(): unknown {
      const capability = newPromiseCapability(this, PromiseOrigin.WithResolvers)
      if (capability.internal) exposeResolvingFunctions(capability)
      return { promise: capability.promise, resolve: capability.resolve, reject: capability.reject }
    }

    static try(this: unknown, callback: unknown, ...args: unknown[]): unknown {
      if (!isObject(this)) throw new TypeErrorCtor('Promise.try called on non-object')
      const capability = newPromiseCapability(this, PromiseOrigin.Resolve)
      try {
        const result = ReflectApply(callback as (...a: unknown[]) => unknown, undefined, args)
        resolve(capability, result)
      } catch (error) {
        agent.rethrowIfStopping(error)
        reject(capability, error)
      }
      return capability.promise
    }

    static get [SymbolSpecies](): unknown {
      return this
    }
  }

  ObjectDefineProperty(Promise.prototype, SymbolToStringTag, { value: 'Promise', configurable: true })

  /**
   * %Promise% as the program sees it. A class constructor allocates `this`
   * (reading `newTarget.prototype`) before its body can check the executor,
   * and a class called without `new` throws its own message; the spec's
   * Promise checks `new.target` and the executor first (§27.2.3.1). A proxy
   * of the class whose traps do those checks, then construct the class, has
   * exactly that order and everything else of the class (statics,
   * `prototype`, name, length).
   */
  const PromiseCtor: object = new NativeProxy(Promise, {
    apply() {
      throw new TypeErrorCtor("Promise constructor cannot be invoked without 'new'")
    },
    construct(target, args: unknown[], newTarget: object) {
      const executor = args[0]
      if (!isCallable(executor)) throw new TypeErrorCtor(`Promise resolver ${describeForError(executor)} is not a function`)
      return ReflectConstruct(target, [executor], newTarget)
    },
  })
  ObjectDefineProperty(Promise.prototype, 'constructor', { value: PromiseCtor, writable: true, enumerable: false, configurable: true })

  function createSlots(origin: PromiseOrigin): PromiseSlots {
    const id = agent.newId('promise') as PromiseId
    agent.emit(EventKind.PromiseCreate, -1, id, origin)
    return new PromiseSlots(id)
  }

  function describeForError(value: unknown): string {
    if (value === null) return 'null'
    if (typeof value === 'function') return '#<Function>'
    if (typeof value === 'object') return '#<Object>'
    if (typeof value === 'string') return value
    if (typeof value === 'symbol') return 'Symbol()'
    return `${value as string}`
  }

  /** Settled values' previews are interned until there are many; then they share one "…" (the string table must stay small). */
  const MAX_PREVIEWS = 20_000
  let previews = 0
  let elided = -1
  function preview(value: unknown): number {
    if (previews < MAX_PREVIEWS) {
      const before = agent.recorder.stringCount
      const id = agent.recorder.intern(previewValue(value))
      if (agent.recorder.stringCount > before) previews++
      return id
    }
    if (elided < 0) elided = agent.recorder.intern('…')
    return elided
  }

  function newInternalPromise(origin: PromiseOrigin): object {
    internalOrigin = origin
    return ReflectConstruct(Promise, [INTERNAL], Promise)
  }

  function newCapability(origin: PromiseOrigin): Capability {
    const promise = newInternalPromise(origin)
    return { promise, resolve: undefined, reject: undefined, internal: true, alreadyResolved: false }
  }

  function newPromiseCapability(C: unknown, origin: PromiseOrigin): Capability {
    if (C === PromiseCtor) return newCapability(origin)
    if (!isConstructor(C)) throw new TypeErrorCtor(`${describeForError(C)} is not a constructor`)
    const record: { resolve: unknown; reject: unknown } = { resolve: undefined, reject: undefined }
    // GetCapabilitiesExecutor: anonymous (name ''), length 2, as the built-in is.
    const executor = [
      (resolveFn: unknown, rejectFn: unknown) => {
        if (record.resolve !== undefined) throw new TypeErrorCtor('Promise executor has already been invoked with non-undefined arguments')
        if (record.reject !== undefined) throw new TypeErrorCtor('Promise executor has already been invoked with non-undefined arguments')
        record.resolve = resolveFn
        record.reject = rejectFn
      },
    ][0]!
    const promise = ReflectConstruct(C as new (...args: unknown[]) => object, [executor])
    if (!isCallable(record.resolve) || !isCallable(record.reject)) {
      throw new TypeErrorCtor('Promise resolve or reject function is not callable')
    }
    return {
      promise,
      resolve: record.resolve,
      reject: record.reject,
      internal: false,
      alreadyResolved: false,
    }
  }

  /** CreateResolvingFunctions: the pair handed to executors and thenables. */
  function createResolvingFunctions(promise: object): { resolve: (value: unknown) => void; reject: (reason: unknown) => void } {
    const record = { alreadyResolved: false }
    const pair = [
      (resolution: unknown) => {
        if (record.alreadyResolved) return undefined
        record.alreadyResolved = true
        resolvePromise(promise, resolution)
        return undefined
      },
      (reason: unknown) => {
        if (record.alreadyResolved) return undefined
        record.alreadyResolved = true
        rejectPromise(promise, reason)
        return undefined
      },
    ] as const
    return { resolve: pair[0], reject: pair[1] }
  }

  function exposeResolvingFunctions(capability: Capability): void {
    const { resolve: res, reject: rej } = createResolvingFunctions(capability.promise)
    capability.resolve = res
    capability.reject = rej
    capability.internal = false
  }

  function resolve(capability: Capability, value: unknown): void {
    if (!capability.internal) {
      ReflectApply(capability.resolve!, undefined, [value])
      return
    }
    if (capability.alreadyResolved) return
    capability.alreadyResolved = true
    resolvePromise(capability.promise, value)
  }

  function reject(capability: Capability, reason: unknown): void {
    if (!capability.internal) {
      ReflectApply(capability.reject!, undefined, [reason])
      return
    }
    if (capability.alreadyResolved) return
    capability.alreadyResolved = true
    rejectPromise(capability.promise, reason)
  }

  /** The body of a promise resolve function, after the already-resolved check. */
  function resolvePromise(promise: object, resolution: unknown): void {
    if (resolution === promise) {
      rejectPromise(promise, new TypeErrorCtor('Chaining cycle detected for promise #<Promise>'))
      return
    }
    if (!isObject(resolution)) {
      fulfillPromise(promise, resolution)
      return
    }
    let then: unknown
    try {
      then = (resolution as { then?: unknown }).then
    } catch (error) {
      agent.rethrowIfStopping(error)
      rejectPromise(promise, error)
      return
    }
    if (!isCallable(then)) {
      fulfillPromise(promise, resolution)
      return
    }
    const slots = slotsOf(promise)!
    const thenableSlots = slotsOf(resolution)
    const seq = agent.emit(EventKind.PromiseResolveThenable, -1, slots.id, thenableSlots ? thenableSlots.id : 0)
    agent.enqueueJob(JobKind.ResolveThenable, slots.id, resolveThenableJob, promise, { thenable: resolution, then }, seq)
  }

  /** NewPromiseResolveThenableJob. */
  function resolveThenableJob(promise: unknown, work: unknown): void {
    const { thenable, then } = work as { thenable: object; then: (...args: unknown[]) => unknown }
    const { resolve: res, reject: rej } = createResolvingFunctions(promise as object)
    try {
      ReflectApply(then, thenable, [res, rej])
    } catch (error) {
      agent.rethrowIfStopping(error)
      ReflectApply(rej, undefined, [error])
    }
  }

  function fulfillPromise(promise: object, value: unknown): void {
    settle(promise, FULFILLED, value)
  }

  function rejectPromise(promise: object, reason: unknown): void {
    const slots = slotsOf(promise)!
    settle(promise, REJECTED, reason)
    if (!slots.isHandled) agent.host?.promiseRejectionTracker(promise, 'reject')
  }

  function settle(promise: object, state: typeof FULFILLED | typeof REJECTED, result: unknown): void {
    const slots = slotsOf(promise)!
    if (slots.state !== PENDING) return
    slots.state = state
    slots.result = result
    if (!slots.silent) slots.settleSeq = agent.emit(EventKind.PromiseSettle, -1, slots.id, state === FULFILLED ? 0 : 1, preview(result))
    let reaction = slots.first
    slots.first = slots.last = null
    while (reaction) {
      const next = reaction.next
      reaction.next = null
      enqueueReaction(reaction, state, result, slots.settleSeq)
      reaction = next
    }
  }

  function enqueueReaction(reaction: Reaction, state: number, argument: unknown, cause: EventSeq): void {
    if (reaction.handler === HANDLER_AWAIT) {
      const job = state === FULFILLED ? awaitFulfilledJob : awaitRejectedJob
      agent.enqueueJob(JobKind.AwaitResume, reaction.coroutine!.id, job, reaction.coroutine, argument, cause)
      return
    }
    agent.enqueueJob(
      reaction.internal ? JobKind.Internal : JobKind.Reaction,
      reaction.registration,
      state === FULFILLED ? fulfillReactionJob : rejectReactionJob,
      reaction,
      argument,
      cause,
    )
  }

  function awaitFulfilledJob(coroutine: unknown, value: unknown): void {
    resumeCoroutine(coroutine as Coroutine, false, value)
  }

  function awaitRejectedJob(coroutine: unknown, reason: unknown): void {
    resumeCoroutine(coroutine as Coroutine, true, reason)
  }

  function fulfillReactionJob(reaction: unknown, argument: unknown): void {
    runReaction(reaction as Reaction, true, argument)
  }

  function rejectReactionJob(reaction: unknown, argument: unknown): void {
    runReaction(reaction as Reaction, false, argument)
  }

  /** NewPromiseReactionJob's body. */
  function runReaction(reaction: Reaction, fulfilled: boolean, argument: unknown): void {
    const handler = fulfilled ? reaction.onFulfilled : reaction.onRejected
    let ok = fulfilled
    let value = argument
    if (handler !== undefined) {
      try {
        value = ReflectApply(handler as (v: unknown) => unknown, undefined, [argument])
        ok = true
      } catch (error) {
        agent.rethrowIfStopping(error)
        value = error
        ok = false
      }
    }
    const capability = reaction.capability
    if (capability === undefined) return
    if (ok) resolve(capability, value)
    else reject(capability, value)
  }

  function performThen(
    promise: object,
    onFulfilled: unknown,
    onRejected: unknown,
    capability: Capability | undefined,
    kind: ReactionKind,
  ): void {
    const slots = slotsOf(promise)!
    const derived = capability ? slotsOf(capability.promise) : undefined
    const registration = agent.emit(EventKind.PromiseThen, -1, slots.id, derived ? derived.id : 0, kind)
    addReaction(
      slots,
      new Reaction(
        capability,
        HANDLER_CALLBACKS,
        isCallable(onFulfilled) ? onFulfilled : undefined,
        isCallable(onRejected) ? onRejected : undefined,
        undefined,
        registration,
        kind === ReactionKind.Internal,
      ),
      promise,
      registration,
    )
  }

  function awaitPromise(promise: object, coroutine: Coroutine, registration: EventSeq): void {
    const slots = slotsOf(promise)!
    addReaction(slots, new Reaction(undefined, HANDLER_AWAIT, undefined, undefined, coroutine, registration), promise, registration)
  }

  function addReaction(slots: PromiseSlots, reaction: Reaction, promise: object, registration: EventSeq): void {
    if (slots.state === PENDING) {
      if (slots.last) slots.last.next = reaction
      else slots.first = reaction
      slots.last = reaction
    } else {
      if (slots.state === REJECTED && !slots.isHandled) agent.host?.promiseRejectionTracker(promise, 'handle')
      enqueueReaction(reaction, slots.state, slots.result, registration)
    }
    slots.isHandled = true
  }

  function markHandled(promise: object): void {
    const slots = slotsOf(promise)
    if (!slots) return
    if (slots.state === REJECTED && !slots.isHandled) agent.host?.promiseRejectionTracker(promise, 'handle')
    slots.isHandled = true
  }

  function speciesConstructor(value: object): unknown {
    const C = (value as { constructor?: unknown }).constructor
    if (C === undefined) return PromiseCtor
    if (!isObject(C)) throw new TypeErrorCtor('The .constructor property is not an object')
    // %Promise% is a proxy without a get trap: reading the class itself, with the proxy as the
    // receiver, is the same read without the proxy's slow path (this runs for every `then`).
    const S = C === PromiseCtor ? ReflectGet(Promise, SymbolSpecies, PromiseCtor) : (C as { [SymbolSpecies]?: unknown })[SymbolSpecies]
    if (S === undefined || S === null) return PromiseCtor
    if (S === PromiseCtor || isConstructor(S)) return S
    throw new TypeErrorCtor('object.constructor[Symbol.species] is not a constructor')
  }

  function promiseResolve(C: unknown, value: unknown): object {
    if (slotsOf(value)) {
      const valueConstructor = (value as { constructor?: unknown }).constructor
      if (valueConstructor === C) return value as object
    }
    const capability = newPromiseCapability(C, PromiseOrigin.Resolve)
    resolve(capability, value)
    return capability.promise
  }

  function promiseResolveForAwait(value: unknown): object {
    if (slotsOf(value)) {
      const valueConstructor = (value as { constructor?: unknown }).constructor
      if (valueConstructor === PromiseCtor) return value as object
    }
    const promise = ReflectConstruct(Promise, [SILENT], Promise)
    resolvePromise(promise, value)
    return promise
  }

  function invokeThen(value: unknown, onFulfilled: unknown, onRejected: unknown): unknown {
    const then = (value as { then?: unknown }).then
    if (!isCallable(then)) throw new TypeErrorCtor(`${describeForError(then)} is not a function`)
    return ReflectApply(then, value, [onFulfilled, onRejected])
  }

  /** Invoke(value, "then", « onFulfilled »): finally's closures pass one argument. */
  function invokeThenWithOne(value: unknown, onFulfilled: unknown): unknown {
    const then = (value as { then?: unknown }).then
    if (!isCallable(then)) throw new TypeErrorCtor(`${describeForError(then)} is not a function`)
    return ReflectApply(then, value, [onFulfilled])
  }

  /** The thenFinally / catchFinally closures of Promise.prototype.finally. */
  function finallyHandler(C: unknown, onFinally: (...args: unknown[]) => unknown, rejected: boolean): (value: unknown) => unknown {
    const handlers = [
      (value: unknown) => {
        const result = ReflectApply(onFinally, undefined, [])
        const promise = promiseResolve(C, result)
        const valueThunk = [() => value][0]!
        return invokeThenWithOne(promise, valueThunk)
      },
      (reason: unknown) => {
        const result = ReflectApply(onFinally, undefined, [])
        const promise = promiseResolve(C, result)
        const thrower = [
          () => {
            throw reason
          },
        ][0]!
        return invokeThenWithOne(promise, thrower)
      },
    ] as const
    return rejected ? handlers[1] : handlers[0]
  }

  return {
    Promise: PromiseCtor as PromiseClass,
    slotsOf: (value) => slotsOf(value),
    newCapability,
    newPromiseCapability,
    resolve,
    reject,
    promiseResolve,
    promiseResolveForAwait,
    performThen,
    awaitPromise,
    invokeThen,
    speciesConstructor,
    markHandled,
    exposeResolvingFunctions,
  }
}
