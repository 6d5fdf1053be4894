import { CoroutineKind, EventKind, PromiseOrigin } from '../../trace/events.ts'
import type { CoroutineId, FunctionId, LocationId } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import { AsyncGeneratorPrototype, takeAsyncGeneratorCallee } from '../functions.ts'
import { iterResult } from '../iteration.ts'
import {
  GeneratorPrototypeNext,
  GeneratorPrototypeReturn,
  GeneratorPrototypeThrow,
  NativeWeakMap,
  ObjectCreate,
  ObjectDefineProperty,
  ReflectApply,
  WeakMapPrototypeGet,
  WeakMapPrototypeHas,
  WeakMapPrototypeSet,
  StringCtor,
  TypeErrorCtor,
  isObject,
} from '../primordials.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import type { Capability } from '../promise/slots.ts'
import { createAsyncIteration, type AsyncIteratorRecord } from './asyncIterators.ts'
import {
  AWAITING_RETURN,
  AWAIT_TOKEN,
  AsyncGeneratorRequest,
  COMPLETED,
  Coroutine,
  DELEGATE_TOKEN,
  EXECUTING,
  NEXT,
  RETURN,
  SUSPENDED_START,
  SUSPENDED_YIELD,
  THROW,
  YIELD_TOKEN,
  type ResumeMode,
} from './coroutine.ts'

/** What to do when the current await of a coroutine settles. */
const CONT_BODY = 0
const CONT_YIELD_OPERAND = 1
const CONT_RETURN_RESUMPTION = 2
const CONT_AWAIT_RETURN = 3
const CONT_DELEGATE_RESULT = 4
const CONT_DELEGATE_RETURN_RESULT = 5
const CONT_DELEGATE_CLOSE_THEN_THROW = 6
const CONT_DELEGATE_RETURN_AWAITED = 7
type Continuation = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7

type GeneratorFunction = (...args: unknown[]) => Generator

/** The hooks the compiled program calls, and the resumption entry point for await jobs. */
export interface CoroutineDriver {
  /** An async function (or arrow, or method) was called. */
  startAsync: (fnId: FunctionId, thisArg: unknown, args: ArrayLike<unknown>, body: GeneratorFunction) => object
  /** An async generator function was called: returns the generator object. */
  startAsyncGenerator: (fnId: FunctionId, thisArg: unknown, args: ArrayLike<unknown>, body: GeneratorFunction) => object
  /** The module body; returns its capability (the host watches its promise). */
  startModule: (body: GeneratorFunction) => { capability: Capability; coroutine: Coroutine }
  /** `await value` at `loc`: stores the operand and returns the token the body yields. */
  awaitOperand: (value: unknown, loc: LocationId) => typeof AWAIT_TOKEN
  yieldOperand: (value: unknown, loc: LocationId) => typeof YIELD_TOKEN
  delegateOperand: (value: unknown, loc: LocationId) => typeof DELEGATE_TOKEN
  /** Called by await jobs. */
  resume(this: void, coroutine: Coroutine, threw: boolean, value: unknown): void
  /** The async generator prototype learners' generator objects inherit from. */
  readonly asyncGeneratorPrototype: object
  isAsyncGeneratorObject: (value: unknown) => boolean
}

export function createCoroutineDriver(agent: Agent, getRealm: () => PromiseRealm): CoroutineDriver {
  let realm: PromiseRealm
  let iteration: ReturnType<typeof createAsyncIteration>
  const ready = () => {
    if (!realm) {
      realm = getRealm()
      iteration = createAsyncIteration(realm)
    }
  }
  const generatorObjects = new NativeWeakMap<object, Coroutine>()
  const operand = { value: undefined as unknown, loc: 0 as LocationId }

  /** The driver's view of a coroutine's continuation fields, typed. */
  function stateOf(co: Coroutine): { cont: Continuation; delegate: AsyncIteratorRecord | undefined } {
    return co as unknown as { cont: Continuation; delegate: AsyncIteratorRecord | undefined }
  }

  function newCoroutine(fnId: FunctionId, kind: CoroutineKind): Coroutine {
    const co = new Coroutine(agent.newId('coroutine') as CoroutineId, fnId, kind)
    agent.emit(EventKind.CoroutineStart, -1, co.id, fnId, kind)
    return co
  }

  // ── running the lowered body ────────────────────────────────────────────

  /** Runs the body until its next await/yield or its end. */
  function run(co: Coroutine, mode: ResumeMode, value: unknown): void {
    const gen = co.gen!
    let result: IteratorResult<unknown>
    const depth = agent.callDepth
    agent.callDepth++
    agent.inspector?.resume(co.id, co.fnId)
    try {
      result =
        mode === NEXT
          ? GeneratorPrototypeNext(gen, value)
          : mode === THROW
            ? GeneratorPrototypeThrow(gen, value)
            : GeneratorPrototypeReturn(gen, value)
    } catch (error) {
      agent.callDepth = depth
      agent.inspector?.pause(co.id, true)
      agent.rethrowIfStopping(error)
      finish(co, true, error)
      return
    }
    agent.callDepth = depth
    agent.inspector?.pause(co.id, result.done === true)
    if (result.done) {
      finish(co, false, result.value)
      return
    }
    const token = result.value
    const loc = operand.loc
    const pending = operand.value
    operand.value = undefined
    if (token === AWAIT_TOKEN) awaitValue(co, pending, loc, CONT_BODY)
    else if (token === YIELD_TOKEN) awaitValue(co, pending, loc, CONT_YIELD_OPERAND)
    else if (token === DELEGATE_TOKEN) startDelegation(co, pending)
    else throw new TypeErrorCtor('Looplab internal error: a coroutine yielded an unknown value.')
  }

  /** Await(value): PromiseResolve, then PerformPromiseThen with the coroutine as the reaction. */
  function awaitValue(co: Coroutine, value: unknown, loc: LocationId, cont: Continuation): void {
    let promise: object
    try {
      promise = realm.promiseResolveForAwait(value)
    } catch (error) {
      agent.rethrowIfStopping(error)
      stateOf(co).cont = cont
      continueAfterAwait(co, true, error)
      return
    }
    const slots = realm.slotsOf(promise)!
    const seq = agent.emit(EventKind.AwaitSuspend, -1, co.id, slots.id, slots.state === 0 ? 0 : 1, loc || agent.loc)
    stateOf(co).cont = cont
    realm.awaitPromise(promise, co, seq)
  }

  function resume(co: Coroutine, threw: boolean, value: unknown): void {
    agent.emit(EventKind.AwaitResume, -1, co.id, threw ? 1 : 0)
    continueAfterAwait(co, threw, value)
  }

  function continueAfterAwait(co: Coroutine, threw: boolean, value: unknown): void {
    const state = stateOf(co)
    switch (state.cont) {
      case CONT_BODY:
        run(co, threw ? THROW : NEXT, value)
        return
      case CONT_YIELD_OPERAND:
        if (threw) run(co, THROW, value)
        else yieldValue(co, value)
        return
      case CONT_RETURN_RESUMPTION:
        continueAfterYield(co, threw ? THROW : RETURN, value)
        return
      case CONT_AWAIT_RETURN:
        co.agState = COMPLETED
        completeStep(co, threw, value, true)
        drainQueue(co)
        return
      case CONT_DELEGATE_RESULT:
      case CONT_DELEGATE_RETURN_RESULT:
        delegationResult(co, state.cont, threw, value)
        return
      case CONT_DELEGATE_RETURN_AWAITED:
        state.delegate = undefined
        run(co, threw ? THROW : RETURN, value)
        return
      case CONT_DELEGATE_CLOSE_THEN_THROW:
        state.delegate = undefined
        run(
          co,
          THROW,
          threw
            ? value
            : isObject(value)
              ? new TypeErrorCtor("The iterator does not provide a 'throw' method")
              : new TypeErrorCtor(`Iterator result ${StringCtor(value)} is not an object`),
        )
        return
    }
  }

  /** The body returned or threw. */
  function finish(co: Coroutine, threw: boolean, value: unknown): void {
    agent.emit(EventKind.CoroutineEnd, -1, co.id, threw ? 1 : 0)
    if (co.kind !== CoroutineKind.AsyncGenerator) {
      if (threw) realm.reject(co.capability!, value)
      else realm.resolve(co.capability!, value)
      return
    }
    co.agState = COMPLETED
    completeStep(co, threw, value, true)
    drainQueue(co)
  }

  // ── async functions and the module ──────────────────────────────────────

  function startAsync(fnId: FunctionId, thisArg: unknown, args: ArrayLike<unknown>, body: GeneratorFunction): object {
    ready()
    const co = newCoroutine(fnId, CoroutineKind.AsyncFunction)
    co.capability = realm.newCapability(PromiseOrigin.AsyncFunction)
    try {
      co.gen = ReflectApply(body, thisArg, args)
    } catch (error) {
      agent.rethrowIfStopping(error)
      finish(co, true, error)
      return co.capability.promise
    }
    run(co, NEXT, undefined)
    return co.capability.promise
  }

  function startModule(body: GeneratorFunction): { capability: Capability; coroutine: Coroutine } {
    ready()
    const co = newCoroutine(0 as FunctionId, CoroutineKind.Module)
    co.capability = realm.newCapability(PromiseOrigin.AsyncFunction)
    co.gen = ReflectApply(body, undefined, [])
    run(co, NEXT, undefined)
    return { capability: co.capability, coroutine: co }
  }

  // ── async generators (§27.6) ────────────────────────────────────────────

  // The realm's own %AsyncGeneratorPrototype% (under %AsyncIteratorPrototype%) runs on the model:
  // its native methods would settle native promises, off the modelled loop.
  const asyncGeneratorPrototype: object = AsyncGeneratorPrototype
  ObjectDefineProperty(asyncGeneratorPrototype, 'next', {
    value: methodNamed('next', (gen, value) => request(gen, NEXT, value)),
    writable: true,
    enumerable: false,
    configurable: true,
  })
  ObjectDefineProperty(asyncGeneratorPrototype, 'return', {
    value: methodNamed('return', (gen, value) => request(gen, RETURN, value)),
    writable: true,
    enumerable: false,
    configurable: true,
  })
  ObjectDefineProperty(asyncGeneratorPrototype, 'throw', {
    value: methodNamed('throw', (gen, value) => request(gen, THROW, value)),
    writable: true,
    enumerable: false,
    configurable: true,
  })

  function methodNamed(name: string, body: (gen: unknown, value: unknown) => unknown): (value?: unknown) => unknown {
    const holder = {
      [name](this: unknown, value?: unknown) {
        return body(this, value)
      },
    }
    return holder[name]!
  }

  function startAsyncGenerator(fnId: FunctionId, thisArg: unknown, args: ArrayLike<unknown>, body: GeneratorFunction): object {
    ready()
    const callee = takeAsyncGeneratorCallee()
    const gen = ReflectApply(body, thisArg, args)
    const co = newCoroutine(fnId, CoroutineKind.AsyncGenerator)
    co.gen = gen
    co.agState = SUSPENDED_START
    // OrdinaryCreateFromConstructor(F, "%AsyncGeneratorPrototype%"), after the parameters were bound.
    const own = callee === undefined ? undefined : (callee as { prototype?: unknown }).prototype
    const object = ObjectCreate(isObject(own) ? own : asyncGeneratorPrototype)
    co.object = object
    WeakMapPrototypeSet(generatorObjects, object, co)
    return object
  }

  /** AsyncGenerator.prototype.next / return / throw. */
  function request(generator: unknown, mode: ResumeMode, value: unknown): unknown {
    ready()
    const capability = realm.newCapability(PromiseOrigin.Internal)
    const co = isObject(generator) ? WeakMapPrototypeGet(generatorObjects, generator) : undefined
    if (!co) {
      realm.reject(
        capability,
        new TypeErrorCtor(
          `AsyncGenerator method called on incompatible receiver ${StringCtor(typeof generator === 'object' ? '#<Object>' : generator)}`,
        ),
      )
      return capability.promise
    }
    let state = co.agState
    if (mode === NEXT) {
      if (state === COMPLETED) {
        realm.resolve(capability, iterResult(undefined, true))
        return capability.promise
      }
      co.enqueue(new AsyncGeneratorRequest(mode, value, capability))
      if (state === SUSPENDED_START || state === SUSPENDED_YIELD) resumeGenerator(co, NEXT, value)
      return capability.promise
    }
    if (mode === RETURN) {
      co.enqueue(new AsyncGeneratorRequest(mode, value, capability))
      if (state === SUSPENDED_START || state === COMPLETED) {
        if (state === SUSPENDED_START) agent.emit(EventKind.CoroutineEnd, -1, co.id, 0)
        co.agState = AWAITING_RETURN
        awaitReturn(co)
      } else if (state === SUSPENDED_YIELD) resumeGenerator(co, RETURN, value)
      return capability.promise
    }
    if (state === SUSPENDED_START) {
      agent.emit(EventKind.CoroutineEnd, -1, co.id, 1)
      co.agState = COMPLETED
      state = COMPLETED
    }
    if (state === COMPLETED) {
      realm.reject(capability, value)
      return capability.promise
    }
    co.enqueue(new AsyncGeneratorRequest(mode, value, capability))
    if (state === SUSPENDED_YIELD) resumeGenerator(co, THROW, value)
    return capability.promise
  }

  /** AsyncGeneratorResume, from a suspended state. */
  function resumeGenerator(co: Coroutine, mode: ResumeMode, value: unknown): void {
    const wasStart = co.agState === SUSPENDED_START
    co.agState = EXECUTING
    agent.emit(EventKind.AwaitResume, -1, co.id, mode === THROW ? 1 : mode === RETURN ? 2 : 0)
    if (wasStart) run(co, NEXT, undefined)
    else resumeAfterYield(co, mode, value)
  }

  /** AsyncGeneratorUnwrapYieldResumption: a return resumption awaits its value first. */
  function resumeAfterYield(co: Coroutine, mode: ResumeMode, value: unknown): void {
    if (mode === RETURN) awaitValue(co, value, 0 as LocationId, CONT_RETURN_RESUMPTION)
    else continueAfterYield(co, mode, value)
  }

  function continueAfterYield(co: Coroutine, mode: ResumeMode, value: unknown): void {
    if (stateOf(co).delegate) delegationStep(co, mode, value)
    else run(co, mode, value)
  }

  /** AsyncGeneratorYield (after the operand was awaited). */
  function yieldValue(co: Coroutine, value: unknown): void {
    agent.emit(EventKind.CoroutineYield, -1, co.id)
    completeStep(co, false, value, false)
    const next = co.queueHead
    if (next) {
      agent.emit(EventKind.AwaitResume, -1, co.id, next.mode === THROW ? 1 : next.mode === RETURN ? 2 : 0)
      resumeAfterYield(co, next.mode, next.value)
    } else {
      co.agState = SUSPENDED_YIELD
    }
  }

  /** AsyncGeneratorCompleteStep. */
  function completeStep(co: Coroutine, threw: boolean, value: unknown, done: boolean): void {
    const next = co.dequeue()
    if (!next) return
    if (threw) realm.reject(next.capability, value)
    else realm.resolve(next.capability, iterResult(value, done))
  }

  /** AsyncGeneratorDrainQueue. */
  function drainQueue(co: Coroutine): void {
    for (let next = co.queueHead; next; next = co.queueHead) {
      if (next.mode === RETURN) {
        co.agState = AWAITING_RETURN
        awaitReturn(co)
        return
      }
      if (next.mode === THROW) completeStep(co, true, next.value, true)
      else completeStep(co, false, undefined, true)
    }
  }

  /** AsyncGeneratorAwaitReturn. */
  function awaitReturn(co: Coroutine): void {
    const next = co.queueHead!
    awaitValue(co, next.value, 0 as LocationId, CONT_AWAIT_RETURN)
  }

  // ── yield* in async generators (§15.5.5, async case) ────────────────────

  function startDelegation(co: Coroutine, iterable: unknown): void {
    let record: AsyncIteratorRecord
    try {
      record = iteration.getAsyncIterator(iterable)
    } catch (error) {
      agent.rethrowIfStopping(error)
      run(co, THROW, error)
      return
    }
    stateOf(co).delegate = record
    delegationStep(co, NEXT, undefined)
  }

  function delegationStep(co: Coroutine, mode: ResumeMode, received: unknown): void {
    const state = stateOf(co)
    const record = state.delegate!
    let call: { result: unknown } | undefined
    try {
      if (mode === NEXT) call = { result: iteration.callNext(record, received, true) }
      else call = iteration.callMethod(record, mode === THROW ? 'throw' : 'return', received, true)
    } catch (error) {
      agent.rethrowIfStopping(error)
      state.delegate = undefined
      run(co, THROW, error)
      return
    }
    if (call === undefined) {
      if (mode === RETURN) {
        // No `return` method: the generator returns Await(received.[[Value]]).
        awaitValue(co, received, 0 as LocationId, CONT_DELEGATE_RETURN_AWAITED)
        return
      }
      // No `throw` method: close the iterator, then throw a TypeError into the generator.
      let closing: { result: unknown } | undefined
      try {
        closing = iteration.callMethod(record, 'return', undefined, false)
      } catch (error) {
        agent.rethrowIfStopping(error)
        state.delegate = undefined
        run(co, THROW, error)
        return
      }
      if (closing === undefined) {
        state.delegate = undefined
        run(co, THROW, new TypeErrorCtor("The iterator does not provide a 'throw' method"))
        return
      }
      awaitValue(co, closing.result, 0 as LocationId, CONT_DELEGATE_CLOSE_THEN_THROW)
      return
    }
    awaitValue(co, call.result, 0 as LocationId, mode === RETURN ? CONT_DELEGATE_RETURN_RESULT : CONT_DELEGATE_RESULT)
  }

  function delegationResult(co: Coroutine, cont: Continuation, threw: boolean, innerResult: unknown): void {
    const state = stateOf(co)
    if (threw) {
      state.delegate = undefined
      run(co, THROW, innerResult)
      return
    }
    let done: boolean
    let value: unknown
    try {
      if (!isObject(innerResult)) throw new TypeErrorCtor(`Iterator result ${StringCtor(innerResult)} is not an object`)
      done = !!(innerResult as { done?: unknown }).done
      value = done ? (innerResult as { value?: unknown }).value : undefined
    } catch (error) {
      agent.rethrowIfStopping(error)
      state.delegate = undefined
      run(co, THROW, error)
      return
    }
    if (done) {
      state.delegate = undefined
      run(co, cont === CONT_DELEGATE_RETURN_RESULT ? RETURN : NEXT, value)
      return
    }
    try {
      value = (innerResult as { value?: unknown }).value
    } catch (error) {
      agent.rethrowIfStopping(error)
      state.delegate = undefined
      run(co, THROW, error)
      return
    }
    yieldValue(co, value)
  }

  return {
    startAsync,
    startAsyncGenerator,
    startModule,
    awaitOperand(value, loc) {
      operand.value = value
      operand.loc = loc
      return AWAIT_TOKEN
    },
    yieldOperand(value, loc) {
      operand.value = value
      operand.loc = loc
      return YIELD_TOKEN
    },
    delegateOperand(value, loc) {
      operand.value = value
      operand.loc = loc
      return DELEGATE_TOKEN
    },
    resume,
    asyncGeneratorPrototype,
    isAsyncGeneratorObject: (value) => isObject(value) && WeakMapPrototypeHas(generatorObjects, value),
  }
}
