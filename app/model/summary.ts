import type { Diagnostic } from '../engine/compile/diagnostics.ts'
import { BudgetKind, EventKind, RunEndReason } from '../engine/trace/events.ts'
import { runCounts } from './diagram.ts'
import { keptAliveSentence, pendingWork } from './keptAlive.ts'
import { formatTime } from './labels.ts'
import { unroutedSummary } from './unrouted.ts'
import type { TraceSession } from './session.ts'
import { t } from '../i18n/index.ts'
import { localBudgetExplanation } from './budgetWords.ts'

/** The first error of a compilation, as the status line says it. */
export function compileSummary(diagnostics: readonly Diagnostic[]): string {
  const first = diagnostics[0]
  if (!first) return t('summary.notCompiled')
  return t('summary.compileError', { line: first.line, column: first.column, message: first.message, more: diagnostics.length - 1 })
}

/** The first line of a message, shortened for the status line. */
function headline(text: string): string {
  const first = text.split('\n', 1)[0] ?? ''
  return first.length > 240 ? `${first.slice(0, 239)}…` : first
}

/** " Here, something keeps your program alive: the interval at line 1.", or '' when nothing is pending. */
function keptAlive(session: TraceSession): string {
  const sentence = keptAliveSentence(pendingWork(session.trace, session.program))
  return sentence ? t('summary.keptAlive', { sentence }) : ''
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
      ? t('summary.countsPython', { tasks: pythonTasks, jobs: jobsRun, lines })
      : t('summary.counts', { tasks: tasksRun, jobs: jobsRun, lines })
  const elapsed = formatTime(state.time)
  if (session.failure && !session.outcome) return session.failure
  const outcome = session.outcome
  if (!outcome) return t('summary.running', { elapsed })
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
      return t('summary.crashed', { where: where || 'none', message, code: outcome.exitCode, elapsed })
    }
    case RunEndReason.UnhandledRejection: {
      const i = lastOf(EventKind.UnhandledRejection)
      const message = headline(i >= 0 ? (trace.strings[trace.b[i]!] ?? '') : '')
      return t('summary.unhandled', { message, elapsed })
    }
    case RunEndReason.Budget: {
      const explanation = localBudgetExplanation(outcome.budget ?? -1, outcome.explanation) ?? t('summary.budget')
      return outcome.budget === BudgetKind.VirtualTime ? `${explanation}${keptAlive(session)}` : explanation
    }
    case RunEndReason.Stopped:
      return t('summary.stopped', { elapsed, counts }) + keptAlive(session)
    case RunEndReason.Exited:
      return t('summary.exited', { exit: session.host === 'python' ? 'sys.exit' : 'process.exit', code: outcome.exitCode, elapsed, counts })
    default:
      return t(outcome.exitCode !== 0 ? 'summary.finishedCode' : 'summary.finished', { elapsed, counts, code: outcome.exitCode })
  }
}

/** "3 type errors", or '' when there are none: Run still runs such a program, as the TypeScript playground does. */
export function typeErrorCount(count: number): string {
  return count === 0 ? '' : t('summary.typeErrors', { count })
}
