import vm from 'node:vm'
import ts from 'typescript'
import { compileProgram } from '../engine/compile/compile.ts'
import { toRunInput } from '../engine/compile/runInput.ts'
import type { Diagnostic } from '../engine/compile/diagnostics.ts'
import type { RunOptions, RunOutcome, runProgram as RunProgram } from '../engine/runtime/run.ts'
import type { TraceBatch } from '../engine/trace/batch.ts'
import { ConsoleLevelCode, EventKind } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { TraceColumns } from '../engine/trace/columns.ts'
import { adoptBatch } from '../engine/trace/adopt.ts'
import { runtimeBundle } from './runtimeBundle.ts'

export interface NodeRunResult {
  /** Diagnostics when the program did not compile (then nothing ran). */
  diagnostics?: Diagnostic[]
  outcome?: RunOutcome
  stdout: string
  stderr: string
  exitCode: number
  program?: ProgramInfo
  trace: TraceColumns
  batches: TraceBatch[]
  /** Where the time went: compiling, creating the realm, running (with tracing). */
  timings: { compileMs: number; setupMs: number; runMs: number }
}

export interface NodeRunHooks {
  /** Called with each console write as it happens (for streaming to a terminal). */
  onOutput?(stream: 'stdout' | 'stderr', text: string): void
  /** Keep the encoded batches only (no decoding, no output): what the benchmark times. */
  encodedOnly?: boolean
}

/**
 * Compiles and runs a program the way the browser does, but in Node: the
 * runtime bundle is evaluated in a fresh `vm` realm, then the program runs
 * there. Tampering with built-ins stays inside that realm.
 */
export function runInNode(source: string, options: RunOptions, hooks: NodeRunHooks = {}): NodeRunResult {
  const trace = new TraceColumns()
  const batches: TraceBatch[] = []
  let stdout = ''
  let stderr = ''
  const t0 = performance.now()
  const compiled = compileProgram(ts, source)
  const t1 = performance.now()
  if (!compiled.ok) {
    const text = compiled.diagnostics.map((d) => `main.ts:${d.line}:${d.column} - error: ${d.message}`).join('\n') + '\n'
    hooks.onOutput?.('stderr', text)
    return {
      diagnostics: compiled.diagnostics,
      stdout,
      stderr: text,
      exitCode: 1,
      trace,
      batches,
      timings: { compileMs: t1 - t0, setupMs: 0, runMs: 0 },
    }
  }
  const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } })
  const engine = vm.runInContext(`(function () {\n${runtimeBundle()}\nreturn LooplabRuntime;\n})()`, context) as {
    runProgram: typeof RunProgram
  }
  const realmGlobal = vm.runInContext('globalThis', context) as Record<string, unknown>
  const onBatch = (made: TraceBatch) => {
    const batch = adoptBatch(made)
    batches.push(batch)
    if (hooks.encodedOnly) return
    const from = trace.count
    trace.append(batch)
    for (let i = from; i < trace.count; i++) {
      if (trace.kind[i] !== EventKind.Console) continue
      const text = trace.strings[trace.b[i]!]!
      const toStderr = trace.a[i]! >= ConsoleLevelCode.warn
      if (toStderr) stderr += text
      else stdout += text
      hooks.onOutput?.(toStderr ? 'stderr' : 'stdout', text)
    }
  }
  const t2 = performance.now()
  const outcome = engine.runProgram(toRunInput(compiled), options, { onBatch, wallNow: () => performance.now() }, realmGlobal)
  const t3 = performance.now()
  if (outcome.explanation && outcome.reason === 4) {
    stderr += `Looplab: ${outcome.explanation}\n`
    hooks.onOutput?.('stderr', `Looplab: ${outcome.explanation}\n`)
  }
  return {
    outcome,
    stdout,
    stderr,
    exitCode: outcome.exitCode,
    program: compiled.program,
    trace,
    batches,
    timings: { compileMs: t1 - t0, setupMs: t2 - t1, runMs: t3 - t2 },
  }
}
