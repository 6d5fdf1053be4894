import type { Budgets } from '../engine/runtime/budgets.ts'
import type { LimitArgs } from './args.ts'

/** Real time after which the CLI stops a run by default: only a program that never ends gets there. */
export const CLI_DEFAULT_WALL_MS = 10 * 60 * 1000

/** Trace events kept in memory when a trace file was asked for (about 6 bytes each). */
export const CLI_TRACE_EVENT_LIMIT = 200_000_000

/**
 * The CLI's budgets. Unlike the browser's (app/sandbox/page/runner.ts,
 * tight so the page stays fast), they never stop a finite program Node
 * would finish within a minute: no statement, microtask or virtual-time
 * bound, no output bound (it streams), a call depth like Node's, and 10
 * minutes of real time. With `--trace`, the trace has to fit in memory.
 */
export function cliBudgets(limits: LimitArgs, keepsTrace: boolean): Partial<Budgets> {
  const unlimited = Number.POSITIVE_INFINITY
  return {
    maxSteps: limits.noLimits ? unlimited : (limits.maxSteps ?? unlimited),
    maxVirtualMs: limits.noLimits ? unlimited : (limits.maxVirtualMs ?? unlimited),
    maxWallMs: limits.noLimits ? unlimited : (limits.maxWallMs ?? CLI_DEFAULT_WALL_MS),
    maxEvents: keepsTrace ? CLI_TRACE_EVENT_LIMIT : unlimited,
    maxMicrotasksPerCheckpoint: unlimited,
    maxOutputChars: unlimited,
    maxCallDepth: 10_000,
  }
}
