import type { Diagnostic } from '../engine/compile/diagnostics.ts'
import { BudgetKind, EventKind, RunEndReason } from '../engine/trace/events.ts'
import { runCounts } from './diagram.ts'
import { keptAliveSentence, pendingWork } from './keptAlive.ts'
import { formatTime } from './labels.ts'
import { unroutedSummary } from './unrouted.ts'
import type { TraceSession } from './session.ts'

/** The first error of a compilation, as the status line says it. */
export function compileSummary(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics[0]
  if (!first) return 'The program could not be compiled. It was not run.'
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more problem${diagnostics.length > 2 ? 's' : ''})` : ''
  return `Line ${first.line}, column ${first.column}: ${first.message}${more} The program was not run.`
}

/** The first line of a message, shortened for the status line. */
function headline(text: string): string {
  const first = text.split('\n', 1)[0] ?? ''
  return first.length > 240 ? `${first.slice(0, 239)}…` : first
}

/** " Here, something keeps your program alive: the interval at line 1.", or '' when nothing is pending. */
function keptAlive(session: TraceSession): string {
  const sentence = keptAliveSentence(pendingWork(session.trace, session.program))
  return sentence ? ` Here, ${sentence}.` : ''
}

/** What a finished (or stopped) run did, in one or two sentences. */
export function runSummary(session: TraceSession): string {
  const summary = outcomeSummary(session)
  return session.outcome ? `${summary}${unroutedSummary(session.trace)}` : summary
}

function outcomeSummary(session: TraceSession): string {
  session.catchUp()
  const { trace } = session
  const state = session.replayer.stateAt(trace.count)
  const lines = session.console.total
  session.facts.catchUp()
  const pythonTasks = session.host === 'python' ? session.facts.coroutineFn.size : 0
  const { tasksRun, jobsRun } = runCounts(state)
  const counts =
    session.host === 'python'
      ? `${pythonTasks} asyncio task${pythonTasks === 1 ? '' : 's'}, ${jobsRun} handle${jobsRun === 1 ? '' : 's'} run by the loop, ${lines} line${lines === 1 ? '' : 's'} of output`
      : `${tasksRun} task${tasksRun === 1 ? '' : 's'}, ${jobsRun} microtask${jobsRun === 1 ? '' : 's'}, ${lines} line${lines === 1 ? '' : 's'} of output`
  const elapsed = formatTime(state.time)
  if (session.failure && !session.outcome) return session.failure
  const outcome = session.outcome
  if (!outcome) return `Running… ${elapsed} of virtual time so far.`
  const lastOf = (kind: number) => {
    for (let i = trace.count - 1; i >= 0; i--) if (trace.kind[i] === kind) return i
    return -1
  }
  switch (outcome.reason) {
    case RunEndReason.UncaughtError: {
      const i = lastOf(EventKind.UncaughtError)
      const where = i >= 0 ? session.labels.at(trace.loc[i]!) : ''
      const printed = i >= 0 ? (trace.strings[trace.a[i]!] ?? '') : (outcome.explanation ?? '')
      // A Python traceback ends with the exception; a JavaScript error starts with it.
      const message = headline(session.host === 'python' ? (printed.trimEnd().split('\n').pop() ?? printed) : printed)
      return `The program crashed${where ? ` at ${where}` : ''}: ${message} (exit code ${outcome.exitCode}, after ${elapsed}).`
    }
    case RunEndReason.UnhandledRejection: {
      const i = lastOf(EventKind.UnhandledRejection)
      const message = headline(i >= 0 ? (trace.strings[trace.b[i]!] ?? '') : '')
      return `Node ended the program: a promise was rejected and nothing handled it — ${message} (exit code 1, after ${elapsed}).`
    }
    case RunEndReason.Budget: {
      const explanation = outcome.explanation ?? 'The program hit one of Looplab’s limits and was stopped.'
      return outcome.budget === BudgetKind.VirtualTime ? `${explanation}${keptAlive(session)}` : explanation
    }
    case RunEndReason.Stopped:
      return `Stopped after ${elapsed} of virtual time (${counts}).${keptAlive(session)}`
    case RunEndReason.Exited:
      return `The program called ${session.host === 'python' ? 'sys.exit' : 'process.exit'}(${outcome.exitCode}) after ${elapsed}: ${counts}.`
    default:
      return `Finished in ${elapsed} of virtual time: ${counts}${outcome.exitCode !== 0 ? ` (exit code ${outcome.exitCode})` : ''}.`
  }
}

/** "3 type errors", or '' when there are none: Run still runs such a program, as the TypeScript playground does. */
export function typeErrorCount(count: number): string {
  return count === 0 ? '' : `${count} type error${count === 1 ? '' : 's'}`
}
