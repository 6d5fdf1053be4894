/**
 * The verdict on one run, the same rule for Node and the engine, as test262's
 * INTERPRETING.md states it: an async test passes when it prints
 * `Test262:AsyncTestComplete`; a negative test passes when it fails in the
 * named phase with the named error; any other test passes when it completes.
 */
import type { TestMeta } from './tests.ts'

/** What a run left behind. */
export interface RunRecord {
  stdout: string
  stderr: string
  exitCode: number
  /** The program was refused before it ran (a parse-phase error). */
  refusedBeforeRunning: boolean
  /** The name of the error that ended the run, when one did. */
  errorName?: string
}

export function passes(meta: TestMeta, run: RunRecord): boolean {
  if (meta.negative) {
    if (run.exitCode === 0) return false
    const phaseOk = meta.negative.phase === 'runtime' ? !run.refusedBeforeRunning : run.refusedBeforeRunning
    return phaseOk && run.errorName === meta.negative.type
  }
  if (meta.flags.includes('async')) {
    return run.stdout.includes('Test262:AsyncTestComplete') && !run.stdout.includes('Test262:AsyncTestFailure')
  }
  return run.exitCode === 0
}
