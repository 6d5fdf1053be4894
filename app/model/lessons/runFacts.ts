import { BudgetKind, RunEndReason } from '../../engine/trace/events.ts'
import type { TraceSession } from '../session.ts'
import type { RunFacts } from './checks.ts'

/** The facts checks need, read off a finished session; `timeLimitMs` is the virtual-time limit the run was given. */
export function sessionFacts(session: TraceSession, source: string, timeLimitMs?: number): RunFacts {
  session.catchUp()
  const outcome = session.outcome
  const stopped = outcome?.reason === RunEndReason.Budget && outcome.budget === BudgetKind.VirtualTime
  return {
    trace: session.trace,
    source,
    output: session.console.texts(),
    exitCode: outcome?.exitCode ?? 1,
    program: session.program,
    stoppedAtLimitMs: stopped ? timeLimitMs : undefined,
  }
}
