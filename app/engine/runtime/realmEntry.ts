/**
 * The entry of the runtime bundle: the script evaluated inside a fresh realm
 * (a sandbox worker in the browser, a `vm` context in Node) before any
 * learner code. Evaluating it captures the realm's intrinsics.
 */
export { runProgram, startProgram } from './run.ts'
export type { RunOptions, RunOutcome, RunIo, CompiledInput, ProgramRun } from './run.ts'
