import type { TraceSession } from '../session.ts'
import type { RunFacts } from './checks.ts'

/** The facts checks need, read off a finished session. */
export function sessionFacts(session: TraceSession, source: string): RunFacts {
  session.catchUp()
  return {
    trace: session.trace,
    source,
    output: session.console.texts(),
    exitCode: session.outcome?.exitCode ?? 1,
  }
}
