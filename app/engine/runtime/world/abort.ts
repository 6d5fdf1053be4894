import { IoKind } from '../../trace/events.ts'
import {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  NativeWeakMap,
  NumberIsInteger,
  ObjectDefineProperty,
  RangeErrorCtor,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'
import type { WorldContext } from './context.ts'
import { defineInspect } from './inspectForm.ts'

/** Internal state of one AbortSignal. */
interface SignalState {
  aborted: boolean
  reason: unknown
  /** Runtime reactions (fetch cancelling its request), run before the 'abort' event. */
  algorithms: (((reason: unknown) => void) | null)[]
  /** Signals made by `AbortSignal.any` from this one, aborted after its 'abort' event (as in Node 20). */
  dependants: object[]
  /** For a signal made by `AbortSignal.any`: the plain signals it follows. */
  sources: object[] | null
}

/** What the rest of the world needs from abort signals. */
export interface AbortApi {
  readonly AbortController: new () => { readonly signal: object; abort(reason?: unknown): void }
  readonly AbortSignal: object
  isSignal(value: unknown): boolean
  /** A new signal that is not aborted (and that nothing will abort). */
  newSignal(): object
  aborted(signal: object): boolean
  reason(signal: object): unknown
  /** Runs `algorithm` when `signal` aborts (before its 'abort' event); returns a remover. */
  onAbort(signal: object, algorithm: (reason: unknown) => void): () => void
}

/**
 * `AbortController` and `AbortSignal` (an EventTarget): `abort(reason)` sets
 * `aborted`/`reason` and dispatches 'abort' synchronously, listeners in
 * registration order (an `onabort` attribute included); `AbortSignal.abort`,
 * `AbortSignal.timeout` (a simulated timer that does not keep a node program
 * alive) and `AbortSignal.any`.
 */
export function createAbort(ctx: WorldContext): AbortApi {
  const { events, DOMException, io } = ctx
  const states = new NativeWeakMap<object, SignalState>()
  const INTERNAL = {}
  /** Node's AbortSignal and AbortController carry `[util.inspect.custom]`; Chromium's do not. */
  const inspectWhere = ctx.profile === 'node' ? 'symbol' : 'console only'

  function nodeError<E extends Error>(error: E, code: string): E {
    if (ctx.profile === 'node') ObjectDefineProperty(error, 'code', { value: code, writable: true, enumerable: true, configurable: true })
    return error
  }

  function stateOf(signal: unknown): SignalState {
    const state = typeof signal === 'object' && signal !== null ? WeakMapPrototypeGet(states, signal) : undefined
    if (!state) throw nodeError(new TypeErrorCtor('Value of "this" must be of type AbortSignal'), 'ERR_INVALID_THIS')
    return state
  }

  class AbortSignal extends events.EventTarget {
    constructor(key?: unknown) {
      if (key !== INTERNAL) throw nodeError(new TypeErrorCtor('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR')
      super()
      WeakMapPrototypeSet(states, this, { aborted: false, reason: undefined, algorithms: [], dependants: [], sources: null })
    }
    get aborted(): boolean {
      return stateOf(this).aborted
    }
    get reason(): unknown {
      return stateOf(this).reason
    }
    throwIfAborted(): void {
      const state = stateOf(this)
      if (state.aborted) throw state.reason
    }
    get [Symbol.toStringTag](): string {
      return 'AbortSignal'
    }

    // A rest parameter gives length 0, as `abort(reason = …)` has in Node and `optional any` in Chromium.
    static abort(...args: unknown[]): AbortSignal {
      const reason = args[0]
      const signal = new AbortSignal(INTERNAL)
      const state = stateOf(signal)
      state.aborted = true
      state.reason = reason === undefined ? abortError() : reason
      return signal
    }

    static timeout(delay: unknown): AbortSignal {
      ctx.mainThreadOnly('AbortSignal.timeout')
      if (typeof delay !== 'number')
        throw nodeError(new TypeErrorCtor(`The "delay" argument must be of type number.`), 'ERR_INVALID_ARG_TYPE')
      if (!NumberIsInteger(delay) || delay < 0 || delay > 4294967295) {
        throw nodeError(
          new RangeErrorCtor(`The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ${delay}`),
          'ERR_OUT_OF_RANGE',
        )
      }
      const signal = new AbortSignal(INTERNAL)
      const timeout = () => signalAbort(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
      io.start(delay * 1000, IoKind.AbortTimeout, `AbortSignal.timeout(${delay})`, timeout, { refed: false })
      return signal
    }

    static any(signals: unknown): AbortSignal {
      if (!ArrayIsArray(signals))
        throw nodeError(new TypeErrorCtor('The "signals" argument must be an instance of Array.'), 'ERR_INVALID_ARG_TYPE')
      for (let i = 0; i < signals.length; i++) {
        if (!isSignal(signals[i]))
          throw nodeError(new TypeErrorCtor(`The "signals[${i}]" argument must be an instance of AbortSignal.`), 'ERR_INVALID_ARG_TYPE')
      }
      const result = new AbortSignal(INTERNAL)
      const resultState = stateOf(result)
      resultState.sources = []
      for (let i = 0; i < signals.length; i++) {
        const state = stateOf(signals[i])
        if (state.aborted) {
          signalAbort(result, state.reason)
          return result
        }
        if (state.sources === null) follow(result, signals[i] as object)
        else for (let j = 0; j < state.sources.length; j++) follow(result, state.sources[j]!)
      }
      return result
    }
  }
  events.defineHandlerAttribute(AbortSignal.prototype, 'abort')
  defineInspect(AbortSignal.prototype, 'AbortSignal', (self) => ({ aborted: stateOf(self).aborted }), { where: inspectWhere })

  function follow(result: object, source: object): void {
    const resultState = stateOf(result)
    const sourceState = stateOf(source)
    if (!ArrayPrototypeIncludes(resultState.sources!, source)) ArrayPrototypePush(resultState.sources!, source)
    if (!ArrayPrototypeIncludes(sourceState.dependants, result)) ArrayPrototypePush(sourceState.dependants, result)
  }

  function abortError(): Error {
    return new DOMException('This operation was aborted', 'AbortError')
  }

  /** The "signal abort" steps: state, runtime algorithms, the 'abort' event, then dependent signals. */
  function signalAbort(signal: object, reason: unknown): void {
    const state = stateOf(signal)
    if (state.aborted) return
    state.aborted = true
    state.reason = reason
    const algorithms = state.algorithms
    state.algorithms = []
    for (let i = 0; i < algorithms.length; i++) algorithms[i]?.(reason)
    events.fire(signal, new events.Event('abort'))
    const dependants = state.dependants
    state.dependants = []
    for (let i = 0; i < dependants.length; i++) signalAbort(dependants[i]!, reason)
  }

  class AbortController {
    #signal: AbortSignal
    constructor() {
      this.#signal = new AbortSignal(INTERNAL)
    }
    get signal(): AbortSignal {
      return this.#signal
    }
    abort(...args: unknown[]): void {
      const reason = args[0]
      signalAbort(this.#signal, reason === undefined ? abortError() : reason)
    }
    get [Symbol.toStringTag](): string {
      return 'AbortController'
    }
  }
  defineInspect(AbortController.prototype, 'AbortController', (self) => ({ signal: (self as AbortController).signal }), {
    where: inspectWhere,
  })

  function isSignal(value: unknown): boolean {
    return typeof value === 'object' && value !== null && WeakMapPrototypeGet(states, value) !== undefined
  }

  return {
    AbortController,
    AbortSignal,
    isSignal,
    newSignal: () => new AbortSignal(INTERNAL),
    aborted: (signal) => stateOf(signal).aborted,
    reason: (signal) => stateOf(signal).reason,
    onAbort(signal, algorithm) {
      const state = stateOf(signal)
      const index = state.algorithms.length
      ArrayPrototypePush(state.algorithms, algorithm)
      const list = state.algorithms
      return () => {
        if (list[index] === algorithm) list[index] = null
      }
    },
  }
}
