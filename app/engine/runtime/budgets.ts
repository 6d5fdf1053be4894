import { BudgetKind } from '../trace/events.ts'
import { SafeMath } from './primordials.ts'

/** Limits on one run. Hitting one ends the run with an explanation. */
export interface Budgets {
  /** Statements and loop iterations executed. */
  maxSteps: number
  /** Trace events recorded. */
  maxEvents: number
  /** Virtual time, in ms, after which the run is stopped. */
  maxVirtualMs: number
  /** Real time, in ms, the run may take. */
  maxWallMs: number
  /** Jobs run in one microtask checkpoint before it is declared endless. */
  maxMicrotasksPerCheckpoint: number
  /** Nested calls of the learner's functions. */
  maxCallDepth: number
  /** Characters of console output. */
  maxOutputChars: number
}

export const DEFAULT_BUDGETS: Budgets = {
  maxSteps: 50_000_000,
  maxEvents: 20_000_000,
  maxVirtualMs: 24 * 60 * 60 * 1000,
  maxWallMs: 20_000,
  maxMicrotasksPerCheckpoint: 1_000_000,
  maxCallDepth: 4_000,
  maxOutputChars: 8_000_000,
}

/** What a learner reads when a budget runs out. */
export function budgetExplanation(kind: BudgetKind, budgets: Budgets): string {
  switch (kind) {
    case BudgetKind.Steps:
      return `The program ran ${budgets.maxSteps.toLocaleString('en-US')} statements without finishing, so Looplab stopped it. Is there a loop that never ends?`
    case BudgetKind.Events:
      return `The program produced more than ${budgets.maxEvents.toLocaleString('en-US')} trace events, so Looplab stopped it to keep the replay usable. Try a smaller workload.`
    case BudgetKind.VirtualTime:
      return `The program was still running after ${formatDuration(budgets.maxVirtualMs)} of virtual time, so Looplab stopped it. A timer or interval that keeps rescheduling itself never lets the program end.`
    case BudgetKind.WallTime:
      return `The program took more than ${formatDuration(budgets.maxWallMs)} of real time to simulate, so Looplab stopped it.`
    case BudgetKind.Microtasks:
      return `The microtask queue never emptied — each callback queued another one (${budgets.maxMicrotasksPerCheckpoint.toLocaleString('en-US')} in a row), so timers, I/O and rendering could never run. Looplab stopped the program.`
    case BudgetKind.CallDepth:
      return `Functions called each other more than ${budgets.maxCallDepth.toLocaleString('en-US')} levels deep. Is a recursion missing its base case?`
    case BudgetKind.OutputBytes:
      return `The program printed more than ${budgets.maxOutputChars.toLocaleString('en-US')} characters, so Looplab stopped it.`
    default:
      return 'The program hit one of Looplab’s limits and was stopped.'
  }
}

function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 120_000) return `${ms / 1000} s`
  if (ms < 7_200_000) return `${SafeMath.round(ms / 60_000)} minutes`
  return `${SafeMath.round(ms / 3_600_000)} hours`
}
