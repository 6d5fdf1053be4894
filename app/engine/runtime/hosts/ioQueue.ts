import { EventKind, type IoKind } from '../../trace/events.ts'
import type { EventSeq, RequestId } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import { MinHeap } from './heap.ts'

/** A simulated operation in flight: when it completes, `complete` runs as a task. */
export interface PendingIo {
  readonly id: RequestId
  readonly due: number
  readonly order: number
  readonly startSeq: EventSeq
  readonly refed: boolean
  complete: (() => void) | null
  failed: boolean
}

/**
 * Operations the simulated world has in flight (requests, messages, server
 * arrivals), ordered by completion time, then by start order.
 */
export class IoQueue {
  private readonly heap = new MinHeap<PendingIo>((a, b) => a.due < b.due || (a.due === b.due && a.order < b.order))
  private order = 0
  refCount = 0

  constructor(private readonly agent: Agent) {}

  /** Starts an operation that completes `delayUs` from now. */
  start(delayUs: number, kind: IoKind, label: string, complete: () => void, options: { refed?: boolean } = {}): PendingIo {
    const id = this.agent.newId('request') as RequestId
    const startSeq = this.agent.emit(EventKind.IoStart, -1, id, kind, this.agent.recorder.intern(label))
    const refed = options.refed ?? true
    const io: PendingIo = { id, due: this.agent.clock.now + Math.max(0, Math.round(delayUs)), order: this.order++, startSeq, refed, complete, failed: false }
    if (refed) this.refCount++
    this.heap.push(io)
    return io
  }

  cancel(io: PendingIo): void {
    if (io.complete === null) return
    io.complete = null
    if (io.refed) this.refCount--
    this.heap.remove(io)
  }

  nextDue(): number {
    return this.heap.peek()?.due ?? Infinity
  }

  /** Removes and returns the next operation due at or before `now`. */
  takeDue(now: number): PendingIo | undefined {
    const next = this.heap.peek()
    if (!next || next.due > now) return undefined
    this.heap.pop()
    if (next.refed) this.refCount--
    return next
  }

  get size(): number {
    return this.heap.size
  }
}
