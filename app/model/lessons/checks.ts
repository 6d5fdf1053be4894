import type { TraceColumns } from '../../engine/trace/columns.ts'
import { EventKind, IoKind, TaskSource } from '../../engine/trace/events.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import { keptAliveSentence, pendingWork } from '../keptAlive.ts'
import { formatTime } from '../labels.ts'
import { at, atLine, describeTask, errorHeadline, lineCount, missingLine, orderFailure, presentLine, rejectionLoc } from './observed.ts'
import type { Check } from './types.ts'
import { t } from '../../i18n/index.ts'

/** What checks look at: the trace, the source, the output, the exit. */
export interface RunFacts {
  trace: TraceColumns
  source: string
  /** Every console line (all levels), in order. */
  output: string[]
  exitCode: number
  /** The compiled program, so messages can name lines. */
  program?: ProgramInfo | undefined
  /** Set when the run was stopped at the exercise's virtual-time limit: that limit, in ms. */
  stoppedAtLimitMs?: number | undefined
}

export interface CheckResult {
  /** The check this result is for; absent for the run itself (stopped at its time limit, did not compile). */
  check?: Check | undefined
  passed: boolean
  /** What was expected, and (when it failed) what happened instead. */
  message: string
}

/** The result that heads a run stopped at its time limit: how long it ran, and what kept it alive. */
function timeLimitResult(facts: RunFacts, limitMs: number): CheckResult {
  const alive = keptAliveSentence(pendingWork(facts.trace, facts.program))
  return {
    passed: false,
    message: t('checks.timeLimit', { limit: formatTime(limitMs * 1000), alive: alive || 'none' }),
  }
}

const IO_KINDS: Record<string, number[] | undefined> = {
  fetch: [IoKind.Fetch],
  server: [IoKind.ServerRequest],
  worker: [IoKind.WorkerMessage],
  channel: [IoKind.ChannelMessage],
  file: [IoKind.File],
  io: undefined,
}

/** The most operations of a kind that were in flight at the same time. */
export function peakConcurrency(trace: TraceColumns, of: string): number {
  return concurrency(trace, of).peak
}

/** The peak number in flight, and when it was first reached (µs). */
function concurrency(trace: TraceColumns, of: string): { peak: number; at: number } {
  let peak = 0
  let when = 0
  const kinds = IO_KINDS[of]
  const open = new Set<number>()
  const grew = (i: number) => {
    if (open.size > peak) {
      peak = open.size
      when = trace.time[i]!
    }
  }
  for (let i = 0; i < trace.count; i++) {
    const kind = trace.kind[i]
    if (of === 'timer') {
      if (kind === EventKind.TimerSet && !open.has(trace.a[i]!)) {
        open.add(trace.a[i]!)
        grew(i)
      } else if (kind === EventKind.TimerClear) open.delete(trace.a[i]!)
      else if (kind === EventKind.TaskStart && trace.b[i] === TaskSource.Timer) open.delete(trace.c[i]!)
      continue
    }
    if (kind === EventKind.IoStart && (!kinds || kinds.includes(trace.b[i]!))) {
      open.add(trace.a[i]!)
      grew(i)
    } else if (kind === EventKind.IoComplete) open.delete(trace.a[i]!)
  }
  return { peak, at: when }
}

/** The longest task (µs) and the event that started it. */
export function longestTask(trace: TraceColumns): { duration: number; start: number } {
  let best = { duration: 0, start: -1 }
  let start = -1
  for (let i = 0; i < trace.count; i++) {
    if (trace.kind[i] === EventKind.TaskStart) start = i
    else if (trace.kind[i] === EventKind.TaskEnd && start >= 0) {
      const duration = trace.time[i]! - trace.time[start]!
      if (duration > best.duration || best.start < 0) best = { duration, start }
      start = -1
    }
  }
  return best
}

function firstOf(trace: TraceColumns, kind: number): number {
  for (let i = 0; i < trace.count; i++) if (trace.kind[i] === kind) return i
  return -1
}

/** What ended the program, from the trace: "an uncaught TypeError: … (line 9)", or ''. */
function exitCause(facts: RunFacts): string {
  const { trace, program } = facts
  for (let i = trace.count - 1; i >= 0; i--) {
    if (trace.kind[i] === EventKind.UncaughtError && trace.b[i] === 1)
      return t('checks.uncaughtCause', { error: errorHeadline(trace.strings[trace.a[i]!] ?? ''), at: atLine(program, trace.loc[i]!) })
    if (trace.kind[i] === EventKind.UnhandledRejection && trace.c[i] === 1)
      return t('checks.rejectionCause', { error: errorHeadline(trace.strings[trace.b[i]!] ?? ''), at: atLine(program, rejectionLoc(trace, trace.a[i]!)) })
  }
  return ''
}

/**
 * Evaluates an exercise's checks against a run. A failed check's message
 * says what should be true (the lesson's words, or Looplab's) and what the
 * run did instead, read off its output and trace.
 */
export function evaluateChecks(checks: readonly Check[], facts: RunFacts): CheckResult[] {
  const { trace, output, program } = facts
  const total = trace.count > 0 ? trace.time[trace.count - 1]! : 0
  const results = checks.map((check): CheckResult => {
    const say = (passed: boolean, expected: string, observed: () => string): CheckResult => ({
      check,
      passed,
      message: passed ? (check.message ?? expected) : `${check.message ?? expected} ${observed()}`.trim(),
    })
    switch (check.kind) {
      case 'output-includes':
        return say(
          output.some((line) => line.includes(check.text)),
          t('checks.include', { text: check.text }),
          () => missingLine(check.text, output, exitCause(facts)),
        )
      case 'output-excludes':
        return say(
          !output.some((line) => line.includes(check.text)),
          t('checks.exclude', { text: check.text }),
          () => presentLine(check.text, output),
        )
      case 'output-order': {
        const failure = orderFailure(check.lines, output)
        return say(
          failure === undefined,
          t('checks.order', { lines: check.lines.map((l) => `“${l}”`).join(t('list.comma')) }),
          () => failure ?? '',
        )
      }
      case 'output-lines':
        return say(output.length === check.count, t('checks.count', { count: check.count }), () => lineCount(output))
      case 'max-total-time':
        return say(total <= check.ms * 1000, t('checks.atMostMs', { ms: check.ms }), () => t('checks.took', { time: formatTime(total) }))
      case 'min-total-time':
        return say(total >= check.ms * 1000, t('checks.atLeastMs', { ms: check.ms }), () => t('checks.took', { time: formatTime(total) }))
      case 'max-concurrency': {
        const peak = concurrency(trace, check.of)
        return say(
          peak.peak <= check.max,
          t('checks.atMostInFlight', { max: check.max, of: check.of }),
          () => t('checks.peak', { peak: peak.peak, at: at(peak.at) }),
        )
      }
      case 'min-concurrency': {
        const peak = concurrency(trace, check.of)
        return say(
          peak.peak >= check.min,
          t('checks.atLeastInFlight', { min: check.min, of: check.of }),
          () => (peak.peak === 0 ? t('checks.noneRan', { of: check.of }) : t('checks.mostAtOnce', { peak: peak.peak, at: at(peak.at) })),
        )
      }
      case 'max-task-duration': {
        const longest = longestTask(trace)
        return say(
          longest.duration <= check.ms * 1000,
          t('checks.longTask', { ms: check.ms }),
          () => describeTask(trace, program, longest.start, longest.duration),
        )
      }
      case 'no-unhandled-rejection': {
        const i = firstOf(trace, EventKind.UnhandledRejection)
        return say(
          i < 0,
          t('checks.handled'),
          () => t('checks.notHandled', { error: errorHeadline(trace.strings[trace.b[i]!] ?? ''), at: atLine(program, rejectionLoc(trace, trace.a[i]!)) }),
        )
      }
      case 'no-uncaught-error': {
        const i = firstOf(trace, EventKind.UncaughtError)
        return say(
          i < 0,
          t('checks.caught'),
          () => t('checks.notCaught', { error: errorHeadline(trace.strings[trace.a[i]!] ?? ''), at: atLine(program, trace.loc[i]!) }),
        )
      }
      case 'exit-code':
        return say(facts.exitCode === check.code, t('checks.exitCode', { code: check.code }), () => {
          const cause = exitCause(facts)
          return t('checks.exitedWith', { code: facts.exitCode, cause: cause || 'none' })
        })
      case 'source-includes':
        return say(facts.source.includes(check.text), t('checks.uses', { text: check.text }), () => t('checks.notYet'))
      case 'source-excludes':
        return say(!facts.source.includes(check.text), t('checks.notUses', { text: check.text }), () => t('checks.stillDoes'))
    }
  })
  return facts.stoppedAtLimitMs === undefined ? results : [timeLimitResult(facts, facts.stoppedAtLimitMs), ...results]
}
