/**
 * Compile from source and run, in Node: what the tests, the benchmark and
 * the lessons check use. The TypeScript compiler and the runtime bundle are
 * built from the sources here (the `looplab` command uses cached ones).
 */
import ts from 'typescript'
import { compileProgram } from '../engine/compile/compile.ts'
import type { RunOptions } from '../engine/runtime/run.ts'
import { runCompiled, type NodeRunHooks, type NodeRunResult } from './realmRunner.ts'
import { runtimeBundle } from './runtimeBundle.ts'

export type { NodeRunHooks, NodeRunResult } from './realmRunner.ts'

/**
 * Compiles and runs a program the way the browser does, but in Node: the
 * runtime bundle is evaluated in a fresh `vm` realm, then the program runs
 * there.
 */
export function runInNode(source: string, options: RunOptions, hooks: NodeRunHooks = {}): NodeRunResult {
  const t0 = performance.now()
  const compiled = compileProgram(ts, source)
  return runCompiled(compiled, options, { code: runtimeBundle() }, hooks, performance.now() - t0)
}
