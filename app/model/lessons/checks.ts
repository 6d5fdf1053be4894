import type { TraceColumns } from '../../engine/trace/columns.ts'
import { EventKind, HostProfileCode, IoKind, TaskSource } from '../../engine/trace/events.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import { keptAliveSentence, pendingWork } from '../keptAlive.ts'
import { formatTime } from '../labels.ts'
import { at, atLine, describeStep, describeTask, errorHeadline, lineCount, missingLine, orderFailure, presentLine, rejectionLoc } from './observed.ts'
import type { Check } from './types.ts'
import { t, type MessageKey } from '../../i18n/index.ts'

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

/** Whether a trace comes from a Python asyncio run (its RunStart names the host). */
export function isPythonTrace(trace: TraceColumns): boolean {
  for (let i = 0; i < trace.count; i++) if (trace.kind[i] === EventKind.RunStart) return trace.a[i] === HostProfileCode.python
  return false
}

/** A line of a Python traceback that names an exception: `ValueError: bad`, `looplab.world.ClientError: …`, `KeyError`. */
const PYTHON_EXCEPTION_LINE = /^([A-Za-z_]\w*\.)*[A-Z]\w*(: .*)?$/

/**
 * An error's one-line headline. A JavaScript error starts with it; a Python traceback ends with it
 * (`ValueError: …`), and an exception group's (a TaskGroup's failure) names the group, then the
 * exception inside it: `ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception): ValueError: …`.
 */
export function headline(text: string, python: boolean): string {
  if (!python) return errorHeadline(text)
  const named = text
    .split('\n')
    .map((line) => line.replace(/^[\s|+-]*/, '').trimEnd())
    .filter((line) => PYTHON_EXCEPTION_LINE.test(line))
  const last = named.at(-1) ?? text.trimEnd().split('\n').at(-1) ?? ''
  const group = named.find((line) => /^([A-Za-z_]\w*\.)*\w*ExceptionGroup\b/.test(line))
  return errorHeadline(group && group !== last ? `${group}: ${last}` : last)
}

/** What a Python program calls the operations a concurrency check counts (`of: fetch` counts `session.get`… requests). */
/** Operation kinds a Python run names in its own words. */
const PYTHON_NOUNS: Record<string, MessageKey | undefined> = {
  fetch: 'checks.pythonNouns.fetch',
  server: 'checks.pythonNouns.server',
  worker: 'checks.pythonNouns.worker',
  channel: 'checks.pythonNouns.channel',
  io: 'checks.pythonNouns.io',
  timer: 'checks.pythonNouns.timer',
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
      } else if (kind === EventKind.TimerClear || kind === EventKind.TimerDue) open.delete(trace.a[i]!)
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

/**
 * The longest task (µs) and the event that started it. In a Python run the whole program is one
 * task and the event loop runs inside it, so what keeps the loop busy is one of its steps (a
 * task's coroutine running until its next `await`, or a callback): the longest job.
 */
export function longestTask(trace: TraceColumns): { duration: number; start: number } {
  const python = isPythonTrace(trace)
  const [begin, end] = python ? [EventKind.JobStart, EventKind.JobEnd] : [EventKind.TaskStart, EventKind.TaskEnd]
  let best = { duration: 0, start: -1 }
  let start = -1
  for (let i = 0; i < trace.count; i++) {
    if (trace.kind[i] === begin) start = i
    else if (trace.kind[i] === end && start >= 0) {
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
  const python = isPythonTrace(trace)
  for (let i = trace.count - 1; i >= 0; i--) {
    if (trace.kind[i] === EventKind.UncaughtError && trace.b[i] === 1)
      return t('checks.uncaughtCause', { error: headline(trace.strings[trace.a[i]!] ?? '', python), at: atLine(program, trace.loc[i]!) })
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
  const python = isPythonTrace(trace)
  const inFlight = (named: MessageKey, plain: MessageKey, values: Record<string, number>, of: string) => {
    const noun = python ? PYTHON_NOUNS[of] : undefined
    return noun ? t(named, { ...values, what: t(noun) }) : t(plain, { ...values, of })
  }
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
          inFlight('checks.atMostInFlightNamed', 'checks.atMostInFlight', { max: check.max }, check.of),
          () => t('checks.peak', { peak: peak.peak, at: at(peak.at) }),
        )
      }
      case 'min-concurrency': {
        const peak = concurrency(trace, check.of)
        return say(
          peak.peak >= check.min,
          inFlight('checks.atLeastInFlightNamed', 'checks.atLeastInFlight', { min: check.min }, check.of),
          () =>
            peak.peak === 0
              ? python
                ? t('checks.noneRanPython')
                : t('checks.noneRan', { of: check.of })
              : t('checks.mostAtOnce', { peak: peak.peak, at: at(peak.at) }),
        )
      }
      case 'max-task-duration': {
        const longest = longestTask(trace)
        return say(
          longest.duration <= check.ms * 1000,
          t('checks.longTask', { ms: check.ms }),
          () => (python ? describeStep : describeTask)(trace, program, longest.start, longest.duration),
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
          () => t('checks.notCaught', { error: headline(trace.strings[trace.a[i]!] ?? '', python), at: atLine(program, trace.loc[i]!) }),
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
