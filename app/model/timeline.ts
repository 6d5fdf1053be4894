import type { TraceColumns } from '../engine/trace/columns.ts'
import { CoroutineKind, EventKind, IoKind, JobKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import type { Labels } from './labels.ts'
import { t } from '../i18n/index.ts'

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
  /** A posted message on its way to its handler's task. */
  Message: 10,
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
    { title: t('timeline.eventLoop'), group: 'loop' },
    { title: t('timeline.microtasks'), group: 'loop' },
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
  /** Posted messages on their way (message ids are their own numbering, apart from requests). */
  private readonly openMessage = new Map<number, number>()
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
    if (coroutineTitle) this.loopLanes[1] = { title: t('timeline.ready'), group: 'loop' }
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
      this.hostLanes.push({ title: t('timeline.host', { row: row === 0 ? 'none' : row + 1 }), group: 'host' })
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
        this.coroutineLanes.push({ title: t('timeline.more'), group: 'coroutine', coroutine: co })
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
          if (b === TaskSource.Message) {
            // A posted message is a hand-off: it ends when its task starts.
            const span = this.openMessage.get(t.c[i]!)
            if (span !== undefined) {
              this.close(span, time)
              this.releaseHostRow(this.lane[span]!, time)
              this.openMessage.delete(t.c[i]!)
            }
          }
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
          if (b === IoKind.PortMessage) this.openMessage.set(a, this.push(this.hostRow(time), time, SpanKind.Message, i))
          else this.openIo.set(a, this.push(this.hostRow(time), time, SpanKind.Io, i))
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

/** A range of virtual time (µs) for the timeline to show. */
export interface TimeRange {
  start: number
  end: number
}

/** The whole run, from 0 to the last event (at least 1 µs wide). */
export function wholeRange(layout: TimelineLayout): TimeRange {
  return { start: 0, end: Math.max(layout.endTime, 1) }
}

/** An idle wait longer than this share of the run splits the run into separate bursts of activity. */
const SPLITTING_GAP = 0.25

/**
 * Where the activity is: the run is cut at long idle waits (a 1 ms timer after
 * 15 µs of work), and the burst with the most tasks and microtasks wins (the
 * earliest on a tie), padded a little on both sides. A run without long waits
 * fits whole.
 */
export function activityRange(layout: TimelineLayout): TimeRange {
  const whole = wholeRange(layout)
  const total = whole.end - whole.start
  const bursts: { start: number; end: number; work: number }[] = [{ start: 0, end: whole.end, work: 0 }]
  for (let k = 0; k < layout.count; k++) {
    const kind = layout.kind[k]
    const current = bursts[bursts.length - 1]!
    if (kind === SpanKind.Idle && layout.end[k]! - layout.start[k]! > total * SPLITTING_GAP) {
      current.end = layout.start[k]!
      bursts.push({ start: layout.end[k]!, end: whole.end, work: 0 })
    } else if (kind === SpanKind.Task || kind === SpanKind.Microtask || kind === SpanKind.Render) current.work++
  }
  if (bursts.length === 1) return whole
  let best = bursts[0]!
  for (const burst of bursts) if (burst.work > best.work) best = burst
  const width = Math.max(best.end - best.start, 2)
  const pad = Math.max(width * 0.05, 1)
  return { start: Math.max(0, best.start - pad), end: Math.min(whole.end, best.start + width + pad) }
}

/** The range after zooming by `factor` (> 1 zooms in) around `at`, kept within the run and at least 1 µs wide. */
export function zoomRange(range: TimeRange, factor: number, at: number, whole: TimeRange): TimeRange {
  const width = Math.min(whole.end - whole.start, Math.max(1, (range.end - range.start) / factor))
  const share = range.end > range.start ? (at - range.start) / (range.end - range.start) : 0.5
  return clampRange(at - width * share, width, whole)
}

/** The range moved by `share` of its width (negative: earlier), kept within the run. */
export function panRange(range: TimeRange, share: number, whole: TimeRange): TimeRange {
  const width = range.end - range.start
  return clampRange(range.start + width * share, width, whole)
}

/** The range that shows time `at`, unchanged when it already does, otherwise moved so `at` sits a third of the way in. */
export function followRange(range: TimeRange, at: number, whole: TimeRange): TimeRange {
  if (at >= range.start && at <= range.end) return range
  const width = range.end - range.start
  return clampRange(at - width / 3, width, whole)
}

function clampRange(start: number, width: number, whole: TimeRange): TimeRange {
  const clamped = Math.max(whole.start, Math.min(start, whole.end - width))
  return { start: clamped, end: clamped + width }
}
