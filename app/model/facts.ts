import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, HostProfileCode } from '../engine/trace/events.ts'

/** Facts about promises and coroutines the narration needs, indexed once as the trace grows. */
export class TraceFacts {
  /** PromiseId → seq of its PromiseSettle. */
  readonly settled = new Map<number, number>()
  /** CoroutineId → FunctionId. */
  readonly coroutineFn = new Map<number, number>()
  /** TimerId → seq of its latest TimerSet. */
  readonly timerSet = new Map<number, number>()
  /** RequestId → seq of its IoStart. */
  readonly ioStart = new Map<number, number>()
  /** JobId → the learner's function its callback turned out to be (known once the job ran). */
  readonly jobFunction = new Map<number, number>()
  /** `${LabelTarget}:${id}` → StringId of its name (Python tasks' names, timers' callbacks). */
  readonly names = new Map<string, number>()
  /** Python: JobId → the TimerId it was before it fell due (one card from the timer heap to the stack). */
  readonly timerOfJob = new Map<number, number>()
  /** True for a Python asyncio trace. */
  python = false
  private scanned = 0
  private runningJob = -1

  constructor(private readonly trace: TraceColumns) {}

  catchUp(): void {
    const t = this.trace
    for (let i = this.scanned; i < t.count; i++) {
      const kind = t.kind[i]
      if (kind === EventKind.RunStart) this.python = t.a[i] === HostProfileCode.python
      else if (kind === EventKind.Label) this.names.set(`${t.a[i]!}:${t.b[i]!}`, t.c[i]!)
      else if (kind === EventKind.TimerDue) this.timerOfJob.set(t.b[i]!, t.a[i]!)
      else if (kind === EventKind.PromiseSettle) this.settled.set(t.a[i]!, i)
      else if (kind === EventKind.CoroutineStart) this.coroutineFn.set(t.a[i]!, t.b[i]!)
      else if (kind === EventKind.TimerSet) this.timerSet.set(t.a[i]!, i)
      else if (kind === EventKind.IoStart) this.ioStart.set(t.a[i]!, i)
      else if (kind === EventKind.JobStart) this.runningJob = t.a[i]!
      else if (kind === EventKind.JobEnd) this.runningJob = -1
      else if (kind === EventKind.FramePush && this.runningJob >= 0 && !this.jobFunction.has(this.runningJob))
        this.jobFunction.set(this.runningJob, t.a[i]!)
    }
    this.scanned = t.count
  }
}
