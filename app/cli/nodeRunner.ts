/**
 * Compile from source and run, in Node: what the tests, the benchmark and
 * the lessons check use. The TypeScript compiler and the runtime bundle are
 * built from the sources here (the `looplab` command uses cached ones).
 */
import ts from 'typescript'
import { compileProgram } from '../engine/compile/compile.ts'
import vm from 'node:vm'
import { toRunInput } from '../engine/compile/runInput.ts'
import type { RunOptions, startProgram as StartProgram } from '../engine/runtime/run.ts'
import type { ScopeSnapshot } from '../engine/runtime/scopes.ts'
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

/**
 * Runs `source` in Node only to look at its variables: the frames and bindings
 * right after each event of `targets` (ascending), as the sandbox reports them.
 */
export function scopesInNode(source: string, options: RunOptions, targets: readonly number[]): ScopeSnapshot[] {
  const compiled = compileProgram(ts, source)
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'))
  const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } })
  const engine = vm.runInContext(`(function () {\n${runtimeBundle()}\nreturn LooplabRuntime;\n})()`, context) as {
    startProgram: typeof StartProgram
  }
  const realmGlobal = vm.runInContext('globalThis', context) as Record<string, unknown>
  const run = engine.startProgram(
    toRunInput(compiled),
    { ...options, inspectScopes: targets },
    { onBatch: () => undefined, wallNow: () => performance.now() },
    realmGlobal,
  )
  while (!run.advance(Infinity, Infinity).done) {
    /* run to the last requested event */
  }
  return JSON.parse(JSON.stringify(run.scopes())) as ScopeSnapshot[]
}
