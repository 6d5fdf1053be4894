import type { Agent } from '../agent.ts'
import {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ObjectDefineProperty,
  ReflectApply,
  StringCtor,
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
}

interface EventState {
  stopImmediate: boolean
  canceled: boolean
  dispatching: boolean
}

/**
 * DOM-style `Event` and `EventTarget` (the parts programs use: listeners,
 * `once`, `signal`, `handleEvent` objects, `preventDefault`,
 * `stopImmediatePropagation`, `on<type>` attributes). Dispatch is
 * synchronous, as in browsers and Node.
 */
export function createEventClasses(agent: Agent) {
  const eventStates = new NativeWeakMap<object, EventState>()
  const listenerLists = new NativeWeakMap<object, Map<string, Listener[]>>()
  const attributeHandlers = new NativeWeakMap<object, Record<string, unknown>>()

  class Event {
    readonly type: string
    readonly bubbles: boolean
    readonly cancelable: boolean
    readonly timeStamp: number
    target: unknown = null
    currentTarget: unknown = null
    constructor(type: unknown, init?: { bubbles?: boolean; cancelable?: boolean }) {
      if (arguments.length === 0) throw new TypeErrorCtor("Failed to construct 'Event': 1 argument required, but only 0 present.")
      this.type = StringCtor(type)
      this.bubbles = !!init?.bubbles
      this.cancelable = !!init?.cancelable
      this.timeStamp = agent.clock.now / 1000
      WeakMapPrototypeSet(eventStates, this, { stopImmediate: false, canceled: false, dispatching: false })
    }
    get defaultPrevented(): boolean {
      return WeakMapPrototypeGet(eventStates, this)?.canceled ?? false
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

  class EventTarget {
    addEventListener(type: unknown, callback: unknown, options?: unknown): void {
      if (callback === null || callback === undefined) return
      const once = isObject(options) && !!(options as { once?: unknown }).once
      const signal = isObject(options) ? (options as { signal?: unknown }).signal : undefined
      const list = listenersOf(this, StringCtor(type), true)!
      for (let i = 0; i < list.length; i++) if (list[i]!.callback === callback) return
      const listener: Listener = { callback, once, removed: false }
      ArrayPrototypePush(list, listener)
      if (signal && isObject(signal)) {
        if ((signal as { aborted?: boolean }).aborted) {
          this.removeEventListener(type, callback)
          return
        }
        ;(signal as EventTarget).addEventListener('abort', () => this.removeEventListener(type, callback))
      }
    }
    removeEventListener(type: unknown, callback: unknown): void {
      const list = listenersOf(this, StringCtor(type), false)
      if (!list) return
      for (let i = 0; i < list.length; i++) {
        if (list[i]!.callback === callback) {
          list[i]!.removed = true
          ArrayPrototypeSplice(list, i, 1)
          return
        }
      }
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
    const handlers = WeakMapPrototypeGet(attributeHandlers, target)
    const list = listenersOf(target, event.type, false)
    const snapshot = list ? ArrayPrototypeSlice(list) : []
    const attribute = handlers?.[event.type]
    for (let i = 0; i < snapshot.length; i++) {
      const listener = snapshot[i]!
      if (listener.removed) continue
      if (listener.once) (target as EventTarget).removeEventListener(event.type, listener.callback)
      invoke(listener.callback, target, event)
      if (state.stopImmediate) break
    }
    if (!state.stopImmediate && isCallable(attribute)) {
      const result = invoke(attribute, target, event)
      if (result === false) event.preventDefault()
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
      agent.host?.reportUncaught(error)
    }
    return undefined
  }

  /** Defines `on<type>` attributes on a prototype (an attribute handler runs after listeners). */
  function defineHandlerAttribute(proto: object, type: string, onSet?: (target: object) => void): void {
    ObjectDefineProperty(proto, `on${type}`, {
      get(this: object) {
        return WeakMapPrototypeGet(attributeHandlers, this)?.[type] ?? null
      },
      set(this: object, value: unknown) {
        let handlers = WeakMapPrototypeGet(attributeHandlers, this)
        if (!handlers) WeakMapPrototypeSet(attributeHandlers, this, (handlers = {}))
        handlers[type] = isCallable(value) ? value : null
        onSet?.(this)
      },
      enumerable: true,
      configurable: true,
    })
  }

  /** Fires an event created by the runtime itself (no validity check needed). */
  function fire(target: object, event: Event): boolean {
    return dispatch(target, event, WeakMapPrototypeGet(eventStates, event)!)
  }

  return { Event, EventTarget, defineHandlerAttribute, fire }
}

export type EventClasses = ReturnType<typeof createEventClasses>
