import { EventKind, IoKind, TaskSource } from '../../trace/events.ts'
import type { EventSeq } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import { structuredCloneValue } from '../globals/structuredClone.ts'
import {
  ArrayStore,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectDeleteProperty,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'
import type { EventClasses } from '../world/events.ts'
import { enumerableMembers } from './webIdl.ts'

/** One message in a port's inbox, or (node) the notice that the entangled port closed. */
export interface PortMessage {
  readonly data: unknown
  readonly seq: EventSeq
  readonly id: number
  readonly close: boolean
}

/** What the runtime knows of one `MessagePort`. */
export interface PortState {
  /** The entangled port; null once disentangled. */
  other: object | null
  /** Started: by `start()`, by setting `onmessage` (and, in Node, by any 'message' listener). */
  started: boolean
  /** Closed (or closing): it neither sends nor receives any more. */
  closed: boolean
  /** Messages that reached the port and were not dispatched yet. */
  inbox: PortMessage[]
}

/** How a host profile schedules a port's messages (HTML task queues, or libuv's async handles). */
export interface PortScheduler {
  /** A port was made (Node serves ports in the order they were made). */
  created(port: object, state: PortState): void
  /** `message` was added to the inbox of `port`. */
  received(port: object, state: PortState, message: PortMessage): void
  /** `port` was started with `state.inbox` possibly holding messages. */
  started(port: object, state: PortState): void
  /** `port.close()` on an open port. */
  close(port: object, state: PortState): void
}

/** What a scheduler may do with ports. */
export interface PortAccess {
  /** Dispatches a message at a port (a `message` event). */
  dispatch(port: object, message: PortMessage): void
  /** The runtime's record of a port (undefined for anything else). */
  stateOf(port: object): PortState | undefined
}

/** Makes the profile's scheduler once the port classes exist. */
export type SchedulerMaker = (ports: PortAccess) => PortScheduler

/** The message event's fields, kept out of the program's reach. */
interface MessageFields {
  data: unknown
  origin: string
  lastEventId: string
  source: unknown
  ports: readonly unknown[]
}

/** Options of {@link createMessageChannel}. */
export interface MessageChannelOptions {
  readonly profile: 'node' | 'browser'
  /** The ports' base class (Node's NodeEventTarget; EventTarget by default). */
  readonly base?: EventClasses['EventTarget']
  /** Fires a message event at a port (Node hands Node-style listeners the data); `events.fire` by default. */
  readonly fire?: (port: object, event: object, data: unknown) => void
}

/**
 * `MessageChannel` / `MessagePort` / `MessageEvent`, shared by both host
 * profiles: a message is cloned when posted, put in the receiving port's
 * inbox, and the profile's {@link PortScheduler} decides when it is
 * dispatched (a posted-message task in the browser, the poll phase in Node).
 */
export function createMessageChannel(agent: Agent, events: EventClasses, makeScheduler: SchedulerMaker, options: MessageChannelOptions) {
  const states = new NativeWeakMap<object, PortState>()
  const fields = new NativeWeakMap<object, MessageFields>()
  let nextMessage = 1
  let constructing = false
  const fieldsOf = (event: object): MessageFields | undefined => WeakMapPrototypeGet(fields, event)

  class MessageEvent extends events.Event {
    constructor(type: unknown, init?: { data?: unknown; origin?: unknown; lastEventId?: unknown; source?: unknown }) {
      super(type)
      WeakMapPrototypeSet(fields, this, {
        data: init?.data ?? null,
        origin: init?.origin === undefined ? '' : `${init.origin as string}`,
        lastEventId: init?.lastEventId === undefined ? '' : `${init.lastEventId as string}`,
        source: init?.source ?? null,
        ports: [],
      })
    }
    get data(): unknown {
      return fieldsOf(this)?.data
    }
    get origin(): string {
      return fieldsOf(this)?.origin ?? ''
    }
    get lastEventId(): string {
      return fieldsOf(this)?.lastEventId ?? ''
    }
    get source(): unknown {
      return fieldsOf(this)?.source ?? null
    }
    get ports(): readonly unknown[] {
      return fieldsOf(this)?.ports ?? []
    }
    /** Chromium's: no user activation travels with a message posted by a program. */
    get userActivation(): null {
      return null
    }
    /** Chromium's legacy initializer (does nothing once the event is being dispatched, as `initEvent`). */
    initMessageEvent(
      type: unknown,
      bubbles: unknown = false,
      cancelable: unknown = false,
      data: unknown = null,
      origin: unknown = '',
      lastEventId: unknown = '',
      source: unknown = null,
    ): void {
      const own = fieldsOf(this)
      if (!own) throw new TypeErrorCtor('Illegal invocation')
      if (arguments.length === 0)
        throw new TypeErrorCtor("Failed to execute 'initMessageEvent' on 'MessageEvent': 1 argument required, but only 0 present.")
      this.initEvent(type, bubbles, cancelable)
      own.data = data
      own.origin = `${origin as string}`
      own.lastEventId = `${lastEventId as string}`
      own.source = source
    }
  }
  if (options.profile === 'node') {
    // Node's MessageEvent has neither.
    ReflectDeleteProperty(MessageEvent.prototype, 'userActivation')
    ReflectDeleteProperty(MessageEvent.prototype, 'initMessageEvent')
    enumerableMembers(MessageEvent.prototype)
    // Node defines these getters from a table: each is named `get`.
    for (const key of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- only its name is set
      const getter = ObjectGetOwnPropertyDescriptor(MessageEvent.prototype, key)?.get
      if (getter) ObjectDefineProperty(getter, 'name', { value: 'get', configurable: true })
    }
  } else {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only its length is set
    ObjectDefineProperty(MessageEvent.prototype.initMessageEvent, 'length', { value: 1, configurable: true })
  }

  const Base = options.base ?? events.EventTarget
  class MessagePort extends Base {
    constructor() {
      if (!constructing) {
        throw new TypeErrorCtor(
          options.profile === 'node' ? 'Constructor cannot be called' : "Failed to construct 'MessagePort': Illegal constructor",
        )
      }
      super()
    }
    postMessage(message: unknown): boolean | undefined {
      const state = portState(this)
      if (arguments.length === 0) {
        throw new TypeErrorCtor(
          options.profile === 'node'
            ? 'Not enough arguments to MessagePort.postMessage'
            : "Failed to execute 'postMessage' on 'MessagePort': 1 argument required, but only 0 present.",
        )
      }
      const data = structuredCloneValue(message)
      // Node's postMessage says true when the port was open (the message may still be dropped).
      const posted = options.profile === 'node' && !state.closed ? true : undefined
      if (state.closed || !state.other) return posted
      const target = state.other
      const targetState = WeakMapPrototypeGet(states, target)!
      if (targetState.closed) return posted
      const id = nextMessage++
      const seq = agent.emit(EventKind.IoStart, -1, id, IoKind.PortMessage, agent.recorder.intern('MessagePort'))
      const entry: PortMessage = { data, seq, id, close: false }
      ArrayStore(targetState.inbox, targetState.inbox.length, entry)
      scheduler.received(target, targetState, entry)
      return posted
    }
    start(): void {
      portState(this)
      startPort(this)
    }
    close(): void {
      const state = portState(this)
      if (!state.closed) scheduler.close(this, state)
    }
  }
  // `new MessageEvent(type, init)` has length 1 (WebIDL's optional dictionary; Node's default parameter).
  ObjectDefineProperty(MessageEvent, 'length', { value: 1, configurable: true })
  events.defineHandlerAttribute(MessagePort.prototype, 'message', (port) => startPort(port))
  events.defineHandlerAttribute(MessagePort.prototype, 'messageerror')

  /** A port's state; anything else as `this` is refused as V8's bindings refuse it (Node and Chromium alike). */
  function portState(port: object): PortState {
    const state = WeakMapPrototypeGet(states, port)
    if (!state) throw new TypeErrorCtor('Illegal invocation')
    return state
  }

  function startPort(port: object): void {
    const state = WeakMapPrototypeGet(states, port)
    if (!state || state.started) return
    state.started = true
    scheduler.started(port, state)
  }

  /** Dispatches `message` at `port` (the scheduler's task body). */
  function dispatch(port: object, message: PortMessage): void {
    const event = new MessageEvent('message', { data: message.data })
    if (options.fire) options.fire(port, event, message.data)
    else events.fire(port, event)
  }

  /** `window.postMessage(message)`: a message event on the window itself, as a posted-message task. */
  function postToWindow(target: object, message: unknown, queueTask: (run: () => void, id: number, seq: EventSeq) => void): void {
    const data = structuredCloneValue(message)
    const id = nextMessage++
    const seq = agent.emit(EventKind.IoStart, -1, id, IoKind.PortMessage, agent.recorder.intern('window.postMessage'))
    queueTask(
      () => {
        const event = new MessageEvent('message', { data, origin: 'null', source: target })
        events.fire(target, event)
      },
      id,
      seq,
    )
  }

  function newPort(): MessagePort {
    constructing = true
    let port: MessagePort
    try {
      port = new MessagePort()
    } finally {
      constructing = false
    }
    const state: PortState = { other: null, started: false, closed: false, inbox: [] }
    WeakMapPrototypeSet(states, port, state)
    scheduler.created(port, state)
    return port
  }

  const scheduler = makeScheduler({ dispatch, stateOf: (port) => WeakMapPrototypeGet(states, port) })

  /** A channel's two ports (Chromium's `port1`/`port2` are prototype accessors; Node's are own properties). */
  const channels = new NativeWeakMap<object, readonly [MessagePort, MessagePort]>()
  const portsOf = (channel: object): readonly [MessagePort, MessagePort] => {
    const ports = WeakMapPrototypeGet(channels, channel)
    if (!ports) throw new TypeErrorCtor('Illegal invocation')
    return ports
  }
  class MessageChannel {
    declare readonly port1: MessagePort
    declare readonly port2: MessagePort
    constructor() {
      const port1 = newPort()
      const port2 = newPort()
      WeakMapPrototypeGet(states, port1)!.other = port2
      WeakMapPrototypeGet(states, port2)!.other = port1
      WeakMapPrototypeSet(channels, this, [port1, port2])
      if (options.profile === 'node') {
        ObjectDefineProperty(this, 'port1', { value: port1, writable: true, enumerable: true, configurable: true })
        ObjectDefineProperty(this, 'port2', { value: port2, writable: true, enumerable: true, configurable: true })
      }
    }
  }
  if (options.profile === 'browser') {
    for (let index = 0; index < 2; index++) {
      const name = index === 0 ? 'port1' : 'port2'
      const get = function (this: object) {
        return portsOf(this)[index]
      }
      ObjectDefineProperty(get, 'name', { value: `get ${name}`, configurable: true })
      ObjectDefineProperty(MessageChannel.prototype, name, { get, enumerable: true, configurable: true })
    }
  }

  return {
    MessageChannel,
    MessagePort,
    MessageEvent,
    postToWindow,
    scheduler,
  }
}

/** The classes and helpers of one run's message channels. */
export type MessageChannelKit = ReturnType<typeof createMessageChannel>

/**
 * The HTML scheduling of port messages: each message that reaches a started
 * port is queued at once as a task on the posted-message task source; a
 * closed port drops what was queued for it.
 */
export const browserPortScheduler =
  (queueTask: (source: TaskSource, subject: number, cause: EventSeq, run: () => void) => void): SchedulerMaker =>
  (ports) => {
    const queue = (port: object, state: PortState): void => {
      const inbox = state.inbox
      state.inbox = []
      for (let i = 0; i < inbox.length; i++) {
        const message = inbox[i]!
        queueTask(TaskSource.Message, message.id, message.seq, () => {
          if (!state.closed) ports.dispatch(port, message)
        })
      }
    }
    return {
      created() {},
      received(port, state) {
        if (state.started) queue(port, state)
      },
      started: queue,
      close(_port, state) {
        state.closed = true
      },
    }
  }
