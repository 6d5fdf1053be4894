import {
  ArrayPrototypePush,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  NativeWeakMap,
  ReflectApply,
  StringCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeHas,
  WeakMapPrototypeSet,
  isCallable,
} from '../../primordials.ts'
import type { EventClasses } from '../../world/events.ts'

type Listener = (...args: unknown[]) => unknown
/** The event types a port's Node-style methods enumerate. */
const NODE_EVENT_TYPES: readonly string[] = ['message', 'messageerror', 'close']

type Wrappers = Map<string, Map<unknown, Listener>>

/**
 * Node's `NodeEventTarget` (the base of `MessagePort`): an `EventTarget` with
 * EventEmitter-style methods. A listener added with `on`/`once` is called
 * with the event's Node value (a message's data) instead of the event.
 */
export function createNodeEventTarget(events: EventClasses) {
  const wrappers = new NativeWeakMap<object, Wrappers>()
  /** The value an event carries for Node-style listeners (set by the runtime when it fires a message). */
  const nodeValues = new NativeWeakMap<object, unknown>()
  let makeEvent: (target: object, type: string, value: unknown) => object = (_target, type) => new events.Event(type)
  const EventTargetPrototype = events.EventTarget.prototype
  // Captured before the program runs; called with Reflect.apply on a target.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const addEventListener = EventTargetPrototype.addEventListener
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const removeEventListener = EventTargetPrototype.removeEventListener
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const dispatchEvent = EventTargetPrototype.dispatchEvent

  function wrappersOf(target: object, type: string): Map<unknown, Listener> {
    let byType = WeakMapPrototypeGet(wrappers, target)
    if (!byType) {
      byType = new NativeMap()
      WeakMapPrototypeSet(wrappers, target, byType)
    }
    let map = MapPrototypeGet(byType, type)
    if (!map) {
      map = new NativeMap()
      MapPrototypeSet(byType, type, map)
    }
    return map
  }

  function add(target: NodeEventTarget, type: unknown, listener: unknown, once: boolean): NodeEventTarget {
    const name = StringCtor(type)
    const map = wrappersOf(target, name)
    if (!isCallable(listener) || MapPrototypeGet(map, listener)) return target
    const wrapper = function (this: unknown, event: object): unknown {
      if (once) MapPrototypeDelete(map, listener)
      const value = WeakMapPrototypeHas(nodeValues, event) ? WeakMapPrototypeGet(nodeValues, event) : event
      return ReflectApply(listener, this, [value])
    }
    MapPrototypeSet(map, listener, wrapper)
    ReflectApply(addEventListener, target, [name, wrapper, { once }])
    return target
  }

  function remove(target: NodeEventTarget, type: unknown, listener: unknown): NodeEventTarget {
    const name = StringCtor(type)
    const map = wrappersOf(target, name)
    const wrapper = MapPrototypeGet(map, listener)
    if (wrapper) MapPrototypeDelete(map, listener)
    ReflectApply(removeEventListener, target, [name, wrapper ?? listener])
    return target
  }

  class NodeEventTarget extends events.EventTarget {
    setMaxListeners(_n: unknown): void {}
    getMaxListeners(): number {
      return 10
    }
    eventNames(): string[] {
      const names: string[] = []
      const byType = WeakMapPrototypeGet(wrappers, this)
      for (let i = 0; i < NODE_EVENT_TYPES.length; i++) {
        const type = NODE_EVENT_TYPES[i]!
        if (events.callbacksOf(this, type).length > 0 || (byType && MapPrototypeGet(byType, type))) ArrayPrototypePush(names, type)
      }
      return names
    }
    listenerCount(type: unknown): number {
      return events.callbacksOf(this, StringCtor(type)).length
    }
    off(type: unknown, listener: unknown, _options?: unknown): this {
      return remove(this, type, listener) as this
    }
    removeListener(type: unknown, listener: unknown, _options?: unknown): this {
      return remove(this, type, listener) as this
    }
    on(type: unknown, listener: unknown): this {
      return add(this, type, listener, false) as this
    }
    addListener(type: unknown, listener: unknown): this {
      return add(this, type, listener, false) as this
    }
    emit(type: unknown, arg?: unknown): boolean {
      const name = StringCtor(type)
      const had = events.callbacksOf(this, name).length > 0
      const event = makeEvent(this, name, arg)
      WeakMapPrototypeSet(nodeValues, event, arg)
      ReflectApply(dispatchEvent, this, [event])
      return had
    }
    once(type: unknown, listener: unknown): this {
      return add(this, type, listener, true) as this
    }
    removeAllListeners(type?: unknown): this {
      const types = type === undefined ? NODE_EVENT_TYPES : [StringCtor(type)]
      for (let t = 0; t < types.length; t++) {
        const callbacks = events.callbacksOf(this, types[t]!)
        for (let i = 0; i < callbacks.length; i++) ReflectApply(removeEventListener, this, [types[t]!, callbacks[i]])
        const byType = WeakMapPrototypeGet(wrappers, this)
        if (byType) MapPrototypeDelete(byType, types[t]!)
      }
      return this
    }
  }

  return {
    NodeEventTarget,
    /** Fires `event` at `target`, Node-style listeners getting `value` (a message's data). */
    fireWithValue(target: object, event: object, value: unknown): boolean {
      WeakMapPrototypeSet(nodeValues, event, value)
      return events.fire(target, event as InstanceType<EventClasses['Event']>)
    },
    /** How `emit(type, value)` makes its event (a MessagePort makes a MessageEvent). */
    setEventMaker(maker: (target: object, type: string, value: unknown) => object): void {
      makeEvent = maker
    },
  }
}

/** The NodeEventTarget kit of one run. */
export type NodeEventTargetKit = ReturnType<typeof createNodeEventTarget>
