import { TaskSource } from '../../../trace/events.ts'
import type { EventSeq } from '../../../trace/ids.ts'
import type { Agent } from '../../agent.ts'
import {
  ArrayCopy,
  ArrayRemoveAt,
  ArrayStore,
  MathMax,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  ReflectDeleteProperty,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
  isCallable,
} from '../../primordials.ts'
import type { EventClasses } from '../../world/events.ts'
import { createMessageChannel, type PortAccess, type PortMessage, type PortScheduler, type PortState } from '../messageChannel.ts'
import { createNodeEventTarget } from './nodeEventTarget.ts'

/** Node's OnMessage handles at least this many messages before yielding to the loop. */
const MIN_MESSAGES_PER_WAKE = 1000

/** One port as libuv sees it: an async handle, referenced or not. */
interface PortHandle {
  readonly port: object
  readonly state: PortState
  /** uv_async_send was called and the handle has not run since. */
  pending: boolean
  refed: boolean
  listening: boolean
}

/**
 * Runs one callback of the loop as a task (then Node's tick and microtask
 * processing); true when an exception escaped it (reported to 'uncaughtException').
 */
export type RunCallback = (source: TaskSource, subject: number, cause: EventSeq, callback: () => void) => boolean

/**
 * `MessageChannel` / `MessagePort` as Node runs them. Each port is a libuv
 * async handle: a message posted to it wakes the handle, and the poll phase
 * runs the handles that are awake in the order the ports were made, each
 * dispatching every message in its inbox (those posted meanwhile too), a
 * tick-and-microtask drain after each. A port closes in the close phase
 * (its 'close' event), which tells the entangled port, which closes on its
 * next wake. A port is referenced (keeps the process alive) from its first
 * 'message' listener, which also starts it, until `unref()` or the last
 * listener goes.
 */
export function createNodeMessagePorts(agent: Agent, events: EventClasses, run: RunCallback) {
  const handles: PortHandle[] = []
  const byPort = new NativeWeakMap<object, PortHandle>()
  let closing: PortHandle[] = []
  let access: PortAccess | undefined
  const nodeTarget = createNodeEventTarget(events)

  class MessagePortCloseEvent extends events.Event {}

  const handleOf = (port: unknown): PortHandle | undefined =>
    typeof port === 'object' && port !== null ? WeakMapPrototypeGet(byPort, port) : undefined

  function closePort(handle: PortHandle): void {
    const state = handle.state
    state.closed = true
    state.inbox = []
    ArrayStore(closing, closing.length, handle)
  }

  const scheduler = (ports: PortAccess): PortScheduler => {
    access = ports
    return {
      created(port, state) {
        const handle: PortHandle = { port, state, pending: false, refed: false, listening: false }
        ArrayStore(handles, handles.length, handle)
        WeakMapPrototypeSet(byPort, port, handle)
        events.watchListeners(port, (type, count) => {
          if (type !== 'message') return
          if (count > 0 && !handle.listening) {
            handle.listening = true
            handle.refed = true
            ReflectApply(startPort, port, [])
          } else if (count === 0 && handle.listening) {
            handle.listening = false
            handle.refed = false
          }
        })
      },
      received(port) {
        handleOf(port)!.pending = true
      },
      started(port, state) {
        if (state.inbox.length > 0) handleOf(port)!.pending = true
      },
      close(port) {
        closePort(handleOf(port)!)
      },
    }
  }

  const channel = createMessageChannel(agent, events, scheduler, {
    profile: 'node',
    base: nodeTarget.NodeEventTarget,
    fire: (port, event, data) => nodeTarget.fireWithValue(port, event, data),
  })
  const { MessagePort, MessageEvent } = channel
  // Captured before the program runs; called with Reflect.apply on a port.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const startPort = MessagePort.prototype.start
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const once = nodeTarget.NodeEventTarget.prototype.once
  nodeTarget.setEventMaker((_target, type, value) => new MessageEvent(type, { data: value }))

  const methods: Record<'ref' | 'unref' | 'hasRef' | 'close', (this: unknown, callback?: unknown) => unknown> = {
    ref(this: unknown): void {
      const handle = handleOf(this)
      if (handle) handle.refed = true
    },
    unref(this: unknown): void {
      const handle = handleOf(this)
      if (handle) handle.refed = false
    },
    // Plain functions (with a `prototype`), as Node's.
    hasRef: function (this: unknown): boolean {
      const handle = handleOf(this)
      return !!handle && handle.refed && !handle.state.closed
    },
    close: function (this: unknown, callback?: unknown): void {
      if (isCallable(callback)) ReflectApply(once, this, ['close', callback])
      ReflectApply(closeCore, this, [])
    },
  }
  const proto = MessagePort.prototype as unknown as Record<string, unknown>
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with Reflect.apply on a port
  const closeCore = MessagePort.prototype.close
  ObjectDefineProperty(proto, 'ref', { value: methods.ref, writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(proto, 'unref', { value: methods.unref, writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(proto, 'hasRef', { value: methods.hasRef, writable: true, enumerable: true, configurable: true })
  ObjectDefineProperty(proto, 'close', { value: methods.close, writable: true, enumerable: true, configurable: true })
  // Node's hasRef and close are anonymous JavaScript functions; postMessage is a C++ one of length 0.
  ObjectDefineProperty(methods.hasRef, 'name', { value: '', configurable: true })
  ObjectDefineProperty(methods.close, 'name', { value: '', configurable: true })
  ObjectDefineProperty(proto.postMessage as object, 'length', { value: 0, configurable: true })
  orderKeys(proto, ['postMessage', 'start', 'constructor', 'ref', 'unref', 'hasRef', 'onmessage', 'onmessageerror', 'close'], 'constructor')

  /** One handle's OnMessage: its inbox, up to Node's limit, each message a callback of its own. */
  function wake(handle: PortHandle): void {
    const state = handle.state
    let limit = MathMax(state.inbox.length, MIN_MESSAGES_PER_WAKE)
    while (state.inbox.length > 0 && !state.closed) {
      if (limit-- === 0) {
        handle.pending = true
        return
      }
      const message = state.inbox[0]!
      if (message.close) {
        ArrayRemoveAt(state.inbox, 0)
        closePort(handle)
        return
      }
      if (!state.started) return
      ArrayRemoveAt(state.inbox, 0)
      // After an exception, Node's OnMessage leaves the rest for the handle's next wake.
      if (run(TaskSource.Message, message.id, message.seq, () => access!.dispatch(handle.port, message))) {
        handle.pending = true
        return
      }
    }
  }

  function isAwake(handle: PortHandle): boolean {
    const inbox = handle.state.inbox
    return handle.pending && !handle.state.closed && inbox.length > 0 && (handle.state.started || inbox[0]!.close)
  }

  return {
    MessageChannel: channel.MessageChannel,
    MessagePort,
    MessageEvent,
    /** Whether the poll phase has a port to wake (then it does not wait). */
    hasPending(): boolean {
      for (let i = 0; i < handles.length; i++) if (isAwake(handles[i]!)) return true
      return false
    },
    /** Referenced open ports and ports closing: they keep the loop alive. */
    alive(): boolean {
      if (closing.length > 0) return true
      for (let i = 0; i < handles.length; i++) if (handles[i]!.refed && !handles[i]!.state.closed) return true
      return false
    },
    /** The poll phase's pass over the async handles (uv__async_io), in the order the ports were made. */
    poll(): void {
      const snapshot = ArrayCopy(handles)
      for (let i = 0; i < snapshot.length; i++) {
        const handle = snapshot[i]!
        if (!handle.pending) continue
        handle.pending = false
        wake(handle)
      }
    },
    /** Whether the close phase has port closes to run. */
    hasClosing: (): boolean => closing.length > 0,
    /** The close phase: each closed port's 'close' event; the entangled port is told. */
    close(): void {
      const list = closing
      closing = []
      for (let i = 0; i < list.length; i++) {
        const handle = list[i]!
        for (let j = 0; j < handles.length; j++) if (handles[j] === handle) ArrayRemoveAt(handles, j)
        const other = handle.state.other
        handle.state.other = null
        const otherHandle = other ? handleOf(other) : undefined
        if (otherHandle && !otherHandle.state.closed) {
          otherHandle.state.other = null
          const notice: PortMessage = { data: undefined, seq: -1 as EventSeq, id: 0, close: true }
          ArrayStore(otherHandle.state.inbox, otherHandle.state.inbox.length, notice)
          otherHandle.pending = true
        }
        run(TaskSource.Close, 0, -1 as EventSeq, () => events.fire(handle.port, new MessagePortCloseEvent('close')))
      }
    },
  }
}

/** Redefines `keys` of `target` in this order (own-key order is observable); all but `hidden` enumerable. */
function orderKeys(target: Record<string, unknown>, keys: readonly string[], hidden: string): void {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const descriptor = ObjectGetOwnPropertyDescriptor(target, key)
    if (!descriptor) continue
    ReflectDeleteProperty(target, key)
    descriptor.enumerable = key !== hidden
    ObjectDefineProperty(target, key, descriptor)
  }
}

/** The node profile's message ports. */
export type NodeMessagePorts = ReturnType<typeof createNodeMessagePorts>
