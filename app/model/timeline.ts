import type { TraceColumns } from '../engine/trace/columns.ts'
import { CoroutineKind, EventKind, JobKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import type { Labels } from './labels.ts'

/** What a span on the timeline shows. */
export const SpanKind = {
  Task: 0,
  Microtask: 1,
  Idle: 2,
  Running: 3,
  Awaiting: 4,
  Queued: 5,
  Timer: 6,
  Io: 7,
  Render: 8,
  Suspended: 9,
} as const
export type SpanKind = (typeof SpanKind)[keyof typeof SpanKind]

export interface Lane {
  title: string
  group: 'loop' | 'host' | 'coroutine'
  /** For coroutine lanes: the first coroutine drawn in it. */
  coroutine?: number
}

/** Span lane ids: loop lanes are 0 and 1; host rows start at HOST_LANE; coroutine lanes at COROUTINE_LANE. */
export const HOST_LANE = 1 << 16
export const COROUTINE_LANE = 1 << 24

/** Coroutine lanes beyond this share lanes (first fit), so huge runs stay drawable. */
const MAX_OWN_LANES = 400

/**
 * The timeline as spans over virtual time, in lanes: the event loop (tasks,
 * microtasks, idle waits), the host (pending timers and I/O, packed into rows),
 * and one lane per coroutine (running, waiting on an await, queued to resume).
 * Built incrementally as the trace grows; columns of typed arrays so the view
 * can draw hundreds of thousands of spans on a canvas.
 */
export class TimelineLayout {
  readonly loopLanes: Lane[] = [
    { title: 'Event loop', group: 'loop' },
    { title: 'Microtasks', group: 'loop' },
  ]
  readonly hostLanes: Lane[] = []
  readonly coroutineLanes: Lane[] = []
  count = 0
  lane = new Int32Array(1024)
  start = new Float64Array(1024)
  end = new Float64Array(1024)
  kind = new Uint8Array(1024)
  /** The event that opened the span (for "click to jump" and tooltips). */
  seq = new Int32Array(1024)
  endTime = 0

  private scanned = 0
  private openTask = -1
  private openJob = -1
  private readonly openTimer = new Map<number, number>()
  private readonly openIo = new Map<number, number>()
  private readonly openCoroutine = new Map<number, number>()
  private readonly coroutineLane = new Map<number, number>()
  private readonly hostRowsEnd: number[] = []
  private readonly sharedLaneEnd: number[] = []
  private readonly nameCount = new Map<string, number>()

  constructor(
    private readonly trace: TraceColumns,
    private readonly labels: Labels,
    /** Names coroutine lanes when the trace names its coroutines itself (Python's tasks). */
    private readonly coroutineTitle?: (co: number) => string | undefined,
  ) {
    if (coroutineTitle) this.loopLanes[1] = { title: 'Ready handles', group: 'loop' }
  }

  private push(lane: number, start: number, kind: SpanKind, seq: number): number {
    if (this.count === this.lane.length) this.grow()
    const k = this.count++
    this.lane[k] = lane
    this.start[k] = start
    this.end[k] = start
    this.kind[k] = kind
    this.seq[k] = seq
    return k
  }

  private close(span: number, end: number): void {
    if (span >= 0) this.end[span] = Math.max(this.start[span]!, end)
  }

  private grow(): void {
    const size = this.lane.length * 2
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(old: T, next: T): T => {
      next.set(old)
      return next
    }
    this.lane = copy(this.lane, new Int32Array(size))
    this.start = copy(this.start, new Float64Array(size))
    this.end = copy(this.end, new Float64Array(size))
    this.kind = copy(this.kind, new Uint8Array(size))
    this.seq = copy(this.seq, new Int32Array(size))
  }

  /** A host row (timers and I/O share rows, first fit). */
  private hostRow(start: number): number {
    let row = this.hostRowsEnd.findIndex((end) => end <= start)
    if (row < 0) {
      row = this.hostRowsEnd.length
      this.hostRowsEnd.push(0)
      this.hostLanes.push({ title: row === 0 ? 'Host: timers & I/O' : '', group: 'host' })
    }
    this.hostRowsEnd[row] = Infinity
    return HOST_LANE + row
  }

  private releaseHostRow(lane: number, end: number): void {
    this.hostRowsEnd[lane - HOST_LANE] = end
  }

  private laneFor(co: number, fnId: number, kind: number, time: number): number {
    const existing = this.coroutineLane.get(co)
    if (existing !== undefined) return existing
    const named = kind === CoroutineKind.PyTask ? this.coroutineTitle?.(co) : undefined
    const base = named ?? (kind === CoroutineKind.Module ? '(module)' : this.labels.frame(fnId))
    const n = (this.nameCount.get(base) ?? 0) + 1
    this.nameCount.set(base, n)
    let index: number
    if (this.coroutineLanes.length < MAX_OWN_LANES) {
      index = this.coroutineLanes.length
      this.coroutineLanes.push({ title: n > 1 ? `${base} #${n}` : base, group: 'coroutine', coroutine: co })
    } else {
      let slot = this.sharedLaneEnd.findIndex((end) => end <= time)
      if (slot < 0) {
        slot = this.sharedLaneEnd.length
        this.sharedLaneEnd.push(0)
        this.coroutineLanes.push({ title: 'more coroutines', group: 'coroutine', coroutine: co })
      }
      this.sharedLaneEnd[slot] = Infinity
      index = MAX_OWN_LANES + slot
    }
    const lane = COROUTINE_LANE + index
    this.coroutineLane.set(co, lane)
    return lane
  }

  private coroutineSpan(co: number, kind: SpanKind, time: number, seq: number): void {
    this.close(this.openCoroutine.get(co) ?? -1, time)
    const lane = this.coroutineLane.get(co)
    if (lane === undefined) return
    this.openCoroutine.set(co, this.push(lane, time, kind, seq))
  }

  catchUp(): void {
    const t = this.trace
    for (let i = this.scanned; i < t.count; i++) {
      const time = t.time[i]!
      const a = t.a[i]!
      const b = t.b[i]!
      switch (t.kind[i]) {
        case EventKind.TaskStart:
          this.openTask = this.push(0, time, b === TaskSource.Render ? SpanKind.Render : SpanKind.Task, i)
          if (b === TaskSource.Timer || b === TaskSource.Immediate || b === TaskSource.Render) {
            const span = this.openTimer.get(t.c[i]!)
            if (span !== undefined) {
              this.close(span, time)
              this.releaseHostRow(this.lane[span]!, time)
              this.openTimer.delete(t.c[i]!)
            }
          }
          break
        case EventKind.TaskEnd:
          this.close(this.openTask, time)
          this.openTask = -1
          break
        case EventKind.JobStart:
          this.openJob = this.push(1, time, SpanKind.Microtask, i)
          if (b === JobKind.PyTaskStep || b === JobKind.PyTaskWakeup) this.coroutineSpan(t.c[i]!, SpanKind.Running, time, i)
          break
        case EventKind.JobEnd:
          this.close(this.openJob, time)
          this.openJob = -1
          break
        case EventKind.Idle:
          this.close(this.push(0, time, SpanKind.Idle, i), time + a)
          break
        case EventKind.TimerSet: {
          if (t.c[i] === TimerKind.Immediate) break
          const previous = this.openTimer.get(a)
          if (previous !== undefined) {
            this.close(previous, time)
            this.releaseHostRow(this.lane[previous]!, time)
          }
          const span = this.push(this.hostRow(time), time, SpanKind.Timer, i)
          this.end[span] = time + b
          this.openTimer.set(a, span)
          break
        }
        case EventKind.TimerClear: {
          const span = this.openTimer.get(a)
          if (span !== undefined) {
            this.close(span, time)
            this.end[span] = time
            this.releaseHostRow(this.lane[span]!, time)
            this.openTimer.delete(a)
          }
          break
        }
        case EventKind.IoStart:
          this.openIo.set(a, this.push(this.hostRow(time), time, SpanKind.Io, i))
          break
        case EventKind.IoComplete: {
          const span = this.openIo.get(a)
          if (span !== undefined) {
            this.close(span, time)
            this.releaseHostRow(this.lane[span]!, time)
            this.openIo.delete(a)
          }
          break
        }
        case EventKind.CoroutineStart: {
          const kind = t.c[i]!
          this.laneFor(a, b, kind, time)
          this.coroutineSpan(
            a,
            kind === CoroutineKind.AsyncGenerator ? SpanKind.Suspended : kind === CoroutineKind.PyTask ? SpanKind.Queued : SpanKind.Running,
            time,
            i,
          )
          break
        }
        case EventKind.TaskWait:
          this.coroutineSpan(a, SpanKind.Awaiting, time, i)
          break
        case EventKind.TimerDue: {
          const span = this.openTimer.get(a)
          if (span !== undefined) {
            this.close(span, time)
            this.releaseHostRow(this.lane[span]!, time)
            this.openTimer.delete(a)
          }
          break
        }
        case EventKind.AwaitSuspend:
          this.coroutineSpan(a, SpanKind.Awaiting, time, i)
          break
        case EventKind.JobEnqueue:
          if (b === JobKind.AwaitResume || b === JobKind.PyTaskWakeup) this.coroutineSpan(t.c[i]!, SpanKind.Queued, time, i)
          break
        case EventKind.AwaitResume:
          this.coroutineSpan(a, SpanKind.Running, time, i)
          break
        case EventKind.CoroutineYield:
          this.coroutineSpan(a, SpanKind.Suspended, time, i)
          break
        case EventKind.CoroutineEnd: {
          this.close(this.openCoroutine.get(a) ?? -1, time)
          this.openCoroutine.delete(a)
          const lane = this.coroutineLane.get(a)
          if (lane !== undefined && lane - COROUTINE_LANE >= MAX_OWN_LANES) this.sharedLaneEnd[lane - COROUTINE_LANE - MAX_OWN_LANES] = time
          break
        }
      }
      this.endTime = Math.max(this.endTime, time)
    }
    this.scanned = t.count
    // Spans still open run to the present.
    for (const span of [this.openTask, this.openJob]) if (span >= 0) this.end[span] = this.endTime
    for (const span of this.openCoroutine.values()) this.end[span] = Math.max(this.end[span]!, this.endTime)
    for (const span of this.openIo.values()) this.end[span] = Math.max(this.end[span]!, this.endTime)
  }
}
