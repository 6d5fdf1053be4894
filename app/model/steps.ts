import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind } from '../engine/trace/events.ts'

/** How far one press of "Step forward" goes. */
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

function isPoint(kind: number, granularity: Granularity): boolean {
  if (granularity === 'statement') return STATEMENT_KINDS.has(kind)
  if (granularity === 'microtask')
    return kind === EventKind.TaskStart || kind === EventKind.JobStart || kind === EventKind.RunEnd || kind === EventKind.Idle
  return kind === EventKind.TaskStart || kind === EventKind.RunEnd
}

const GRANULARITIES = ['statement', 'microtask', 'task'] as const
/** For each event kind (6 bits), one bit per granularity it is a point of: the scan reads one byte per event. */
const POINT_BITS = new Uint8Array(64)
for (let kind = 0; kind < POINT_BITS.length; kind++) {
  for (let g = 0; g < GRANULARITIES.length; g++) if (isPoint(kind, GRANULARITIES[g]!)) POINT_BITS[kind]! |= 1 << g
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
      const bits = POINT_BITS[trace.kind[i]!]!
      if (bits === 0) continue
      for (let g = 0; g < GRANULARITIES.length; g++) {
        if ((bits & (1 << g)) === 0) continue
        const granularity = GRANULARITIES[g]!
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
