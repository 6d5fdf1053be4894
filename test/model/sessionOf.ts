import { runInNode } from '../../app/cli/nodeRunner.ts'
import { TraceSession } from '../../app/model/session.ts'
import type { Budgets } from '../../app/engine/runtime/budgets.ts'

/** Runs a program through the engine and loads its trace into a model session, as the app does. */
export function sessionOf(source: string, host: 'node' | 'browser' = 'node', budgets?: Partial<Budgets>): TraceSession {
  const result = runInNode(source, { host, ...(budgets ? { budgets } : {}) })
  if (!result.program || !result.outcome) throw new Error(`the program did not compile: ${result.stderr}`)
  const session = new TraceSession(result.program, host)
  for (const batch of result.batches) session.append(batch)
  session.finish(result.outcome)
  session.catchUp()
  return session
}

/** The event index of the first event matching `predicate`. */
export function findEvent(session: TraceSession, predicate: (i: number) => boolean, from = 0): number {
  for (let i = from; i < session.trace.count; i++) if (predicate(i)) return i
  throw new Error('no such event')
}
