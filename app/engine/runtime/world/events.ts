import type { Agent } from '../agent.ts'
import {
  ArrayPrototypePush,
  ArrayCopy,
  ArrayRemoveAt,
  FunctionPrototypeSymbolHasInstance,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ObjectDefineProperty,
  ReflectApply,
  StringCtor,
  SymbolToStringTag,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
  isObject,
} from '../primordials.ts'

interface Listener {
  callback: unknown
  once: boolean
  removed: boolean
  /** The listener of an `on<type>` attribute: it keeps the place where the attribute was first set. */
  attribute: boolean
}

interface EventState {
  stopImmediate: boolean
  canceled: boolean
  dispatching: boolean
  trusted: boolean
}

/** Told the number of listeners a target has for `type` after it changed. */
export type ListenerWatcher = (type: string, count: number) => void

/** Where an exception thrown by a listener goes (the host's "report the exception"). */
export type ListenerErrorReporter = (error: unknown) => void

/**
 * DOM-style `Event`, `CustomEvent` and `EventTarget` (the parts programs use:
 * listeners, `once`, `signal`, `handleEvent` objects, `preventDefault`,
 * `stopImmediatePropagation`, `on<type>` attributes, which run at the place
 * in the listener list where they were set). Dispatch is synchronous,
 * as in browsers and Node. One instance per run is shared by the host
 * profile and the simulated world.
 */
export function createEventClasses(agent: Agent, profile: 'node' | 'browser') {
  /**
   * Node's `on<type>` setter only swaps the handler inside a listener it added
   * the first time: even after `null`, a new handler runs where the first one
   * did. Browsers remove the listener on `null` and add it again at the end.
   */
  const handlersKeepTheirPlace = profile === 'node'
  const eventStates = new NativeWeakMap<object, EventState>()
  const listenerLists = new NativeWeakMap<object, Map<string, Listener[]>>()
  let reportListenerError: ListenerErrorReporter = (error) => agent.host?.reportUncaught(error)
  /** Targets told when their number of listeners for a type changes (Node's MessagePort refs itself on 'message'). */
  const listenerWatchers = new NativeWeakMap<object, ListenerWatcher>()
  const listenersChanged = (target: object, type: string): void => {
    const watcher = WeakMapPrototypeGet(listenerWatchers, target)
    if (watcher) watcher(type, listenersOf(target, type, false)?.length ?? 0)
  }

  class Event {
    readonly type: string
    readonly bubbles: boolean
    readonly cancelable: boolean
    readonly composed: boolean
    readonly timeStamp: number
    target: unknown = null
    currentTarget: unknown = null
    constructor(type: unknown, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean }) {
      if (arguments.length === 0) throw new TypeErrorCtor("Failed to construct 'Event': 1 argument required, but only 0 present.")
      this.type = StringCtor(type)
      this.bubbles = !!init?.bubbles
      this.cancelable = !!init?.cancelable
      this.composed = !!init?.composed
      this.timeStamp = agent.clock.now / 1000
      WeakMapPrototypeSet(eventStates, this, { stopImmediate: false, canceled: false, dispatching: false, trusted: false })
    }
    get isTrusted(): boolean {
      return WeakMapPrototypeGet(eventStates, this)?.trusted ?? false
    }
    get eventPhase(): number {
      return WeakMapPrototypeGet(eventStates, this)?.dispatching ? 2 : 0
    }
    get defaultPrevented(): boolean {
      return WeakMapPrototypeGet(eventStates, this)?.canceled ?? false
    }
    get returnValue(): boolean {
      return !this.defaultPrevented
    }
    get cancelBubble(): boolean {
      return false
    }
    composedPath(): unknown[] {
      return WeakMapPrototypeGet(eventStates, this)?.dispatching ? [this.currentTarget] : []
    }
    preventDefault(): void {
      const state = WeakMapPrototypeGet(eventStates, this)
      if (state && this.cancelable) state.canceled = true
    }
    stopImmediatePropagation(): void {
      const state = WeakMapPrototypeGet(eventStates, this)
      if (state) state.stopImmediate = true
    }
    stopPropagation(): void {}
    get [Symbol.toStringTag](): string {
      return 'Event'
    }
  }

  /** An event carrying `detail` (`new CustomEvent('ready', { detail: 42 })`). */
  class CustomEvent extends Event {
    readonly detail: unknown
    constructor(type: unknown, init?: { bubbles?: boolean; cancelable?: boolean; composed?: boolean; detail?: unknown }) {
      super(type, init)
      this.detail = init?.detail ?? null
    }
    override get [Symbol.toStringTag](): string {
      return 'CustomEvent'
    }
  }

  function listenersOf(target: object, type: string, create: boolean): Listener[] | undefined {
    let map = WeakMapPrototypeGet(listenerLists, target)
    if (!map) {
      if (!create) return undefined
      map = new NativeMap()
      WeakMapPrototypeSet(listenerLists, target, map)
    }
    let list = MapPrototypeGet(map, type)
    if (!list && create) {
      list = []
      MapPrototypeSet(map, type, list)
    }
    return list
  }

  function removeAt(list: Listener[], index: number): void {
    list[index]!.removed = true
    ArrayRemoveAt(list, index)
  }

  function removeListener(target: object, type: string, callback: unknown): void {
    const list = listenersOf(target, type, false)
    if (!list) return
    for (let i = 0; i < list.length; i++) {
      if (!list[i]!.attribute && list[i]!.callback === callback) {
        removeAt(list, i)
        listenersChanged(target, type)
        return
      }
    }
  }

  class EventTarget {
    addEventListener(type: unknown, callback: unknown, options?: unknown): void {
      if (callback === null || callback === undefined) return
      const once = isObject(options) && !!(options as { once?: unknown }).once
      const signal = isObject(options) ? (options as { signal?: unknown }).signal : undefined
      if (signal && isObject(signal) && (signal as { aborted?: boolean }).aborted) return
      const list = listenersOf(this, StringCtor(type), true)!
      for (let i = 0; i < list.length; i++) if (!list[i]!.attribute && list[i]!.callback === callback) return
      ArrayPrototypePush(list, { callback, once, removed: false, attribute: false })
      listenersChanged(this, StringCtor(type))
      if (signal && isObject(signal)) {
        ;(signal as EventTarget).addEventListener('abort', () => removeListener(this, StringCtor(type), callback))
      }
    }
    removeEventListener(type: unknown, callback: unknown): void {
      removeListener(this, StringCtor(type), callback)
    }
    dispatchEvent(event: unknown): boolean {
      const state = isObject(event) ? WeakMapPrototypeGet(eventStates, event) : undefined
      if (!state) throw new TypeErrorCtor("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.")
      return dispatch(this, event as Event, state)
    }
  }

  function dispatch(target: object, event: Event, state: EventState): boolean {
    state.dispatching = true
    state.stopImmediate = false
    event.target = target
    event.currentTarget = target
    const list = listenersOf(target, event.type, false)
    const snapshot = list ? ArrayCopy(list) : []
    for (let i = 0; i < snapshot.length; i++) {
      const listener = snapshot[i]!
      if (listener.removed || listener.callback === null) continue
      if (listener.once) removeListener(target, event.type, listener.callback)
      const result = invoke(listener.callback, target, event)
      if (listener.attribute && result === false) event.preventDefault()
      if (state.stopImmediate) break
    }
    event.currentTarget = null
    state.dispatching = false
    return !state.canceled
  }

  function invoke(callback: unknown, target: object, event: Event): unknown {
    try {
      if (isCallable(callback)) return ReflectApply(callback, target, [event])
      if (isObject(callback)) {
        const handleEvent = (callback as { handleEvent?: unknown }).handleEvent
        if (isCallable(handleEvent)) return ReflectApply(handleEvent, callback, [event])
      }
    } catch (error) {
      agent.rethrowIfStopping(error)
      reportListenerError(error)
    }
    return undefined
  }

  function attributeListener(target: object, type: string): Listener | undefined {
    const list = listenersOf(target, type, false)
    if (!list) return undefined
    for (let i = 0; i < list.length; i++) if (list[i]!.attribute) return list[i]
    return undefined
  }

  /** Defines `on<type>` attributes on a prototype. */
  function defineHandlerAttribute(proto: object, type: string, onSet?: (target: object) => void): void {
    const accessors: { get: (this: object) => unknown; set: (this: object, value: unknown) => void } = {
      get(this: object): unknown {
        return attributeListener(this, type)?.callback ?? null
      },
      set(this: object, value: unknown): void {
        const current = attributeListener(this, type)
        const callback = isCallable(value) ? value : null
        if (current && (callback !== null || handlersKeepTheirPlace)) current.callback = callback
        else if (callback !== null || handlersKeepTheirPlace) {
          ArrayPrototypePush(listenersOf(this, type, true)!, { callback, once: false, removed: false, attribute: true })
          listenersChanged(this, type)
        } else if (current) {
          const list = listenersOf(this, type, false)!
          for (let i = 0; i < list.length; i++) if (list[i] === current) removeAt(list, i)
          listenersChanged(this, type)
        }
        onSet?.(this)
      },
    }
    // Named as the hosts name them: `get onmessage`, `set onmessage`.
    ObjectDefineProperty(accessors.get, 'name', { value: `get on${type}`, configurable: true })
    ObjectDefineProperty(accessors.set, 'name', { value: `set on${type}`, configurable: true })
    ObjectDefineProperty(proto, `on${type}`, { get: accessors.get, set: accessors.set, enumerable: true, configurable: true })
  }

  /** Fires an event created by the runtime itself (a trusted event, no validity check needed). */
  function fire(target: object, event: Event): boolean {
    const state = WeakMapPrototypeGet(eventStates, event)!
    state.trusted = true
    return dispatch(target, event, state)
  }

  /** Replaces where listener exceptions are reported (Node reports them on the next tick). */
  function setListenerErrorReporter(reporter: ListenerErrorReporter): void {
    reportListenerError = reporter
  }

  /** The callbacks listening for `type` on an EventTarget, in order (`events.getEventListeners`). */
  function callbacksOf(target: object, type: string): unknown[] {
    const list = listenersOf(target, type, false)
    const callbacks: unknown[] = []
    if (list) for (let i = 0; i < list.length; i++) if (!list[i]!.removed) ArrayPrototypePush(callbacks, list[i]!.callback)
    return callbacks
  }

  /** Calls `watcher` whenever `target`'s number of listeners for a type changes (one watcher per target). */
  function watchListeners(target: object, watcher: ListenerWatcher): void {
    WeakMapPrototypeSet(listenerWatchers, target, watcher)
  }

  /** Whether `value` is one of this run's EventTargets. */
  const isEventTarget = (value: unknown): boolean => isObject(value) && FunctionPrototypeSymbolHasInstance(EventTarget, value)

  // `new Event(type, init)` has length 1, as WebIDL's optional dictionary argument gives it;
  // addEventListener's options are optional too (length 2 in Node and Chromium).
  ObjectDefineProperty(Event, 'length', { value: 1, configurable: true })
  // eslint-disable-next-line @typescript-eslint/unbound-method -- only its length is set
  ObjectDefineProperty(EventTarget.prototype.addEventListener, 'length', { value: 2, configurable: true })
  // Both hosts brand EventTarget.prototype: Object.prototype.toString gives [object EventTarget].
  ObjectDefineProperty(EventTarget.prototype, SymbolToStringTag, {
    value: 'EventTarget',
    writable: false,
    enumerable: false,
    configurable: true,
  })
  return {
    Event,
    CustomEvent,
    EventTarget,
    defineHandlerAttribute,
    fire,
    setListenerErrorReporter,
    callbacksOf,
    isEventTarget,
    watchListeners,
  }
}

export type EventClasses = ReturnType<typeof createEventClasses>
