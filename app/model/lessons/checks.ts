import type { TraceColumns } from '../../engine/trace/columns.ts'
import { EventKind, HostProfileCode, IoKind, TaskSource } from '../../engine/trace/events.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import { keptAliveSentence, pendingWork } from '../keptAlive.ts'
import { formatTime } from '../labels.ts'
import { at, atLine, describeStep, describeTask, errorHeadline, lineCount, missingLine, orderFailure, presentLine, rejectionLoc } from './observed.ts'
import type { Check } from './types.ts'

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
  const why = alive ? `: ${alive}.` : '.'
  return {
    passed: false,
    message: `The program should finish. It was still running after ${formatTime(limitMs * 1000)} of virtual time, this exercise's limit, so the check stopped it${why}`,
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
const PYTHON_NOUNS: Record<string, string | undefined> = {
  fetch: 'requests',
  server: 'server requests',
  worker: 'worker jobs',
  channel: 'channel messages',
  io: 'I/O operations',
  timer: 'timers (asyncio.sleep)',
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
      return `an uncaught ${headline(trace.strings[trace.a[i]!] ?? '', python)}${atLine(program, trace.loc[i]!)}`
    if (trace.kind[i] === EventKind.UnhandledRejection && trace.c[i] === 1)
      return `an unhandled rejection, ${errorHeadline(trace.strings[trace.b[i]!] ?? '')}${atLine(program, rejectionLoc(trace, trace.a[i]!))},`
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
  const noun = (of: string) => (python ? PYTHON_NOUNS[of] : undefined) ?? `${of} operations`
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
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
          `The output should include “${check.text}”.`,
          () => missingLine(check.text, output, exitCause(facts)),
        )
      case 'output-excludes':
        return say(
          !output.some((line) => line.includes(check.text)),
          `The output should not include “${check.text}”.`,
          () => presentLine(check.text, output),
        )
      case 'output-order': {
        const failure = orderFailure(check.lines, output)
        return say(
          failure === undefined,
          `These lines should appear in this order: ${check.lines.map((l) => `“${l}”`).join(', ')}.`,
          () => failure ?? '',
        )
      }
      case 'output-lines':
        return say(output.length === check.count, `The program should print exactly ${plural(check.count, 'line')}.`, () => lineCount(output))
      case 'max-total-time':
        return say(total <= check.ms * 1000, `The whole run should take at most ${check.ms} ms of virtual time.`, () => `It took ${formatTime(total)}.`)
      case 'min-total-time':
        return say(total >= check.ms * 1000, `The whole run should take at least ${check.ms} ms of virtual time.`, () => `It took ${formatTime(total)}.`)
      case 'max-concurrency': {
        const peak = concurrency(trace, check.of)
        return say(
          peak.peak <= check.max,
          `At most ${check.max} ${noun(check.of)} should be in flight at once.`,
          () => `${peak.peak} were in flight at once, first at ${at(peak.at)}.`,
        )
      }
      case 'min-concurrency': {
        const peak = concurrency(trace, check.of)
        return say(
          peak.peak >= check.min,
          `At least ${check.min} ${noun(check.of)} should be in flight at once.`,
          () => (peak.peak === 0 ? (python ? `None ran.` : `No ${check.of} operation ran.`) : `The most at once was ${peak.peak}, first at ${at(peak.at)}.`),
        )
      }
      case 'max-task-duration': {
        const longest = longestTask(trace)
        return say(
          longest.duration <= check.ms * 1000,
          `No task should keep the event loop busy for more than ${check.ms} ms.`,
          () => (python ? describeStep : describeTask)(trace, program, longest.start, longest.duration),
        )
      }
      case 'no-unhandled-rejection': {
        const i = firstOf(trace, EventKind.UnhandledRejection)
        return say(
          i < 0,
          'Every rejected promise should be handled.',
          () => `This one was not: ${errorHeadline(trace.strings[trace.b[i]!] ?? '')}${atLine(program, rejectionLoc(trace, trace.a[i]!))}.`,
        )
      }
      case 'no-uncaught-error': {
        const i = firstOf(trace, EventKind.UncaughtError)
        return say(
          i < 0,
          'No exception should go uncaught.',
          () => `This one did: ${headline(trace.strings[trace.a[i]!] ?? '', python)}${atLine(program, trace.loc[i]!)}.`,
        )
      }
      case 'exit-code':
        return say(facts.exitCode === check.code, `The program should exit with code ${check.code}.`, () => {
          const cause = exitCause(facts)
          return `It exited with ${facts.exitCode}${cause ? `: ${cause} ended it` : ''}.`
        })
      case 'source-includes':
        return say(facts.source.includes(check.text), `The program should use \`${check.text}\`.`, () => 'It does not yet.')
      case 'source-excludes':
        return say(!facts.source.includes(check.text), `The program should not use \`${check.text}\`.`, () => 'It still does.')
    }
  })
  return facts.stoppedAtLimitMs === undefined ? results : [timeLimitResult(facts, facts.stoppedAtLimitMs), ...results]
}
