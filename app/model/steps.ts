import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, JobKind } from '../engine/trace/events.ts'

/** How far one press of "Step forward" goes. A callback step skips the host's own jobs. */
export type Granularity = 'statement' | 'microtask' | 'task'

/** Events worth stopping at, statement by statement: what changes the picture. */
const STATEMENT_KINDS = new Set<number>([
  EventKind.Step,
  EventKind.TaskStart,
  EventKind.JobStart,
  EventKind.JobEnqueue,
  EventKind.TimerSet,
  EventKind.TimerClear,
  EventKind.IoStart,
  EventKind.IoComplete,
  EventKind.AwaitSuspend,
  EventKind.AwaitResume,
  EventKind.CoroutineYield,
  EventKind.CoroutineEnd,
  EventKind.Console,
  EventKind.UncaughtError,
  EventKind.UnhandledRejection,
  EventKind.BudgetStop,
  EventKind.Idle,
  EventKind.RunEnd,
])

function isPoint(kind: number, granularity: Granularity, jobKind: number): boolean {
  if (granularity === 'statement') return STATEMENT_KINDS.has(kind)
  if (granularity === 'microtask')
    return (
      kind === EventKind.TaskStart ||
      (kind === EventKind.JobStart && jobKind !== JobKind.Internal) ||
      kind === EventKind.RunEnd ||
      kind === EventKind.Idle
    )
  return kind === EventKind.TaskStart || kind === EventKind.RunEnd
}

/**
 * The events the player stops at, for each granularity, kept up to date as
 * the trace grows. A step index maps to an event; the diagram shows the state
 * right after that event.
 */
export class StepIndex {
  private readonly points: Record<Granularity, Int32Array> = {
    statement: new Int32Array(1024),
    microtask: new Int32Array(256),
    task: new Int32Array(64),
  }
  private readonly counts: Record<Granularity, number> = { statement: 0, microtask: 0, task: 0 }
  private scanned = 0

  constructor(private readonly trace: TraceColumns) {}

  /** Indexes the events appended since the last call. */
  catchUp(): void {
    const trace = this.trace
    for (let i = this.scanned; i < trace.count; i++) {
      const kind = trace.kind[i]!
      for (const granularity of ['statement', 'microtask', 'task'] as const) {
        if (!isPoint(kind, granularity, trace.b[i]!)) continue
        let list = this.points[granularity]
        const n = this.counts[granularity]
        if (n === list.length) {
          const grown = new Int32Array(list.length * 2)
          grown.set(list)
          this.points[granularity] = list = grown
        }
        list[n] = i
        this.counts[granularity] = n + 1
      }
    }
    this.scanned = trace.count
  }

  count(granularity: Granularity): number {
    this.catchUp()
    return this.counts[granularity]
  }

  /** The event at step `index`. */
  eventAt(granularity: Granularity, index: number): number {
    this.catchUp()
    const n = this.counts[granularity]
    if (n === 0) return -1
    return this.points[granularity][Math.max(0, Math.min(index, n - 1))]!
  }

  /** The last step at or before event `seq` (to keep the place when switching granularity). */
  indexAtOrBefore(granularity: Granularity, seq: number): number {
    this.catchUp()
    const list = this.points[granularity]
    let lo = 0
    let hi = this.counts[granularity] - 1
    if (hi < 0) return 0
    if (list[0]! > seq) return 0
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (list[mid]! <= seq) lo = mid
      else hi = mid - 1
    }
    return lo
  }
}

/** Where the player stands: a step index, and the event whose picture it shows. */
export interface StepPlace {
  index: number
  seq: number
}

/**
 * Switching granularity keeps the learner's place: the picture stays on the
 * same event (even between two coarser steps), and the index becomes the
 * step that contains it, so switching back returns to the same step.
 */
export function placeAfterSwitch(steps: StepIndex, to: Granularity, seq: number): StepPlace {
  return { index: steps.indexAtOrBefore(to, seq), seq }
}
