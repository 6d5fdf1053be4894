import { EventKind, type IoKind } from '../../trace/events.ts'
import type { EventSeq, RequestId } from '../../trace/ids.ts'
import type { Agent } from '../agent.ts'
import { MathMax, MathRound } from '../primordials.ts'
import { MinHeap } from './heap.ts'

/** A simulated operation in flight: when it completes, `complete` runs as a task. */
export interface PendingIo {
  readonly id: RequestId
  readonly due: number
  readonly order: number
  readonly startSeq: EventSeq
  readonly refed: boolean
  complete: (() => void) | null
  /** Set by the operation's owner before it completes: IoComplete then reports a failure. */
  failed: boolean
  /** The IoComplete event, once the operation completed (the cause of its task); -1 before. */
  completeSeq: EventSeq
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
    const io: PendingIo = {
      id,
      due: this.agent.clock.now + MathMax(0, MathRound(delayUs)),
      order: this.order++,
      startSeq,
      refed,
      complete,
      failed: false,
      completeSeq: -1 as EventSeq,
    }
    if (refed) this.refCount++
    this.heap.push(io)
    return io
  }

  /** Withdraws an operation that has not completed yet (a no-op once it has). */
  /** Cancels an operation in flight (an aborted fetch): it ends in the trace as cancelled. */
  cancel(io: PendingIo): void {
    if (io.complete === null) return
    if (!this.heap.remove(io)) return
    io.complete = null
    if (io.refed) this.refCount--
    this.agent.emit(EventKind.IoComplete, io.startSeq, io.id, 2)
  }

  nextDue(): number {
    return this.heap.peek()?.due ?? Infinity
  }

  /**
   * Removes and returns the next operation due at or before `now`, recording
   * its IoComplete event (the host runs its completion as a task right after).
   */
  takeDue(now: number): PendingIo | undefined {
    const next = this.heap.peek()
    if (!next || next.due > now) return undefined
    this.heap.pop()
    if (next.refed) this.refCount--
    next.completeSeq = this.agent.emit(EventKind.IoComplete, next.startSeq, next.id, next.failed ? 1 : 0)
    return next
  }

  get size(): number {
    return this.heap.size
  }
}
