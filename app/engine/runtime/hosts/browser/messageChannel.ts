import { EventKind, IoKind, TaskSource } from '../../../trace/events.ts'
import type { EventSeq } from '../../../trace/ids.ts'
import type { Agent } from '../../agent.ts'
import { structuredCloneValue } from '../../globals/structuredClone.ts'
import { ArrayStore, NativeWeakMap, ObjectDefineProperty, WeakMapPrototypeGet, WeakMapPrototypeSet } from '../../primordials.ts'
import type { EventClasses } from '../../world/events.ts'

type QueueTask = (source: TaskSource, subject: number, cause: EventSeq, run: () => void) => void

interface PortState {
  other: object | null
  started: boolean
  closed: boolean
  pending: { data: unknown; seq: EventSeq; id: number }[]
}

/**
 * `MessageChannel` / `MessagePort`: a message is cloned when posted and
 * delivered as a task (posted-message task source) once the receiving port
 * is started — by setting `onmessage`, or by calling `start()`.
 */
export function createMessageChannel(agent: Agent, events: EventClasses, queueTask: QueueTask) {
  const states = new NativeWeakMap<object, PortState>()
  let nextMessage = 1

  class MessageEvent extends events.Event {
    readonly data: unknown
    readonly ports: readonly unknown[] = []
    constructor(type: unknown, init?: { data?: unknown }) {
      super(type)
      this.data = init?.data
    }
  }

  class MessagePort extends events.EventTarget {
    postMessage(message: unknown): void {
      const state = WeakMapPrototypeGet(states, this)
      if (!state || state.closed || !state.other) return
      const data = structuredCloneValue(message)
      const id = nextMessage++
      const seq = agent.emit(EventKind.IoStart, -1, id, IoKind.PortMessage, agent.recorder.intern('MessagePort'))
      const target = state.other
      const targetState = WeakMapPrototypeGet(states, target)!
      if (targetState.started) deliver(target, data, seq, id)
      else ArrayStore(targetState.pending, targetState.pending.length, { data, seq, id })
    }
    start(): void {
      startPort(this)
    }
    close(): void {
      const state = WeakMapPrototypeGet(states, this)
      if (state) state.closed = true
    }
  }
  events.defineHandlerAttribute(MessagePort.prototype, 'message', (port) => startPort(port))
  events.defineHandlerAttribute(MessagePort.prototype, 'messageerror')

  function startPort(port: object): void {
    const state = WeakMapPrototypeGet(states, port)
    if (!state || state.started) return
    state.started = true
    const pending = state.pending
    state.pending = []
    for (let i = 0; i < pending.length; i++) deliver(port, pending[i]!.data, pending[i]!.seq, pending[i]!.id)
  }

  function deliver(port: object, data: unknown, seq: EventSeq, id: number): void {
    queueTask(TaskSource.Message, id, seq, () => {
      const state = WeakMapPrototypeGet(states, port)
      if (!state || state.closed) return
      events.fire(port, new MessageEvent('message', { data }))
    })
  }

  /** `window.postMessage(message)`: a message event on the window itself, as a posted-message task. */
  function postToWindow(target: object, message: unknown): void {
    const data = structuredCloneValue(message)
    const id = nextMessage++
    const seq = agent.emit(EventKind.IoStart, -1, id, IoKind.PortMessage, agent.recorder.intern('window.postMessage'))
    queueTask(TaskSource.Message, id, seq, () => {
      const event = new MessageEvent('message', { data }) as unknown as Record<string, unknown>
      ObjectDefineProperty(event, 'origin', { value: 'null', enumerable: true })
      ObjectDefineProperty(event, 'source', { value: target, enumerable: true })
      events.fire(target, event as never)
    })
  }

  function newPort(): MessagePort {
    const port = new MessagePort()
    WeakMapPrototypeSet(states, port, { other: null, started: false, closed: false, pending: [] })
    return port
  }

  class MessageChannel {
    readonly port1: MessagePort
    readonly port2: MessagePort
    constructor() {
      this.port1 = newPort()
      this.port2 = newPort()
      WeakMapPrototypeGet(states, this.port1)!.other = this.port2
      WeakMapPrototypeGet(states, this.port2)!.other = this.port1
    }
  }

  return { MessageChannel, MessagePort, MessageEvent, postToWindow }
}
