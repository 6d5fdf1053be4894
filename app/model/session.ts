import type { TraceBatch } from '../engine/trace/batch.ts'
import { TraceColumns } from '../engine/trace/columns.ts'
import type { TraceHost } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { ConsoleIndex } from './consoleLines.ts'
import { Labels } from './labels.ts'
import { TraceFacts } from './narration.ts'
import { Replayer } from './replay/replayer.ts'
import { StepIndex } from './steps.ts'
import { PythonLabels } from './python/labels.ts'
import { TimelineLayout } from './timeline.ts'

/** How a run ended, as the views describe it. */
export interface SessionOutcome {
  exitCode: number
  reason: number
  /** Which budget ended the run, when one did (a `BudgetKind`). */
  budget?: number
  explanation?: string
}

/**
 * One run's trace and everything derived from it (state at any step, steps
 * per granularity, timeline, console lines), growing as batches arrive.
 */
export class TraceSession {
  readonly trace = new TraceColumns()
  readonly labels: Labels
  readonly replayer: Replayer
  readonly steps: StepIndex
  readonly facts: TraceFacts
  readonly timeline: TimelineLayout
  readonly console: ConsoleIndex
  outcome: SessionOutcome | undefined
  /** A problem outside the program (the sandbox stopped responding…). */
  failure: string | undefined
  live = true
  version = 0
  /** The encoded batches as received (kept for exporting the trace file). */
  readonly batches: TraceBatch[] = []

  constructor(
    readonly program: ProgramInfo,
    readonly host: TraceHost,
  ) {
    this.labels = new Labels(program, this.trace)
    this.replayer = new Replayer(this.trace)
    this.steps = new StepIndex(this.trace)
    this.facts = new TraceFacts(this.trace)
    const python = host === 'python' ? new PythonLabels(this.trace, this.labels, this.facts) : undefined
    this.timeline = new TimelineLayout(this.trace, this.labels, python && ((co) => python.task(co)))
    this.console = new ConsoleIndex(this.trace)
  }

  /**
   * Decodes a batch and folds it into every derived index at once, so the work
   * for a batch stays proportional to the batch: nothing is left for a render
   * or the end of the run to catch up over the whole trace in one long task.
   */
  append(batch: TraceBatch): void {
    this.trace.append(batch)
    this.batches.push(batch)
    this.catchUp()
    this.version++
  }

  finish(outcome: SessionOutcome): void {
    this.outcome = outcome
    this.live = false
    this.version++
  }

  fail(message: string): void {
    this.failure = message
    this.live = false
    this.version++
  }

  /** Brings every derived index up to date (cheap when nothing changed). */
  catchUp(): void {
    this.steps.catchUp()
    this.replayer.catchUp()
    this.facts.catchUp()
    this.timeline.catchUp()
    this.console.catchUp()
  }
}
