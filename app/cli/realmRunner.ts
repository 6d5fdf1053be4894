/**
 * Runs a compiled program in a fresh `vm` realm: the runtime bundle is
 * evaluated there first, then the program. Tampering with built-ins stays
 * inside that realm. This module loads neither TypeScript nor esbuild, so
 * the CLI starts fast (see nodeRunner.ts for compiling from source).
 */
import vm from 'node:vm'
import { toRunInput } from '../engine/compile/runInput.ts'
import type { CompileResult, Diagnostic } from '../engine/compile/diagnostics.ts'
import type { CompiledInput, RunOptions, RunOutcome, runProgram as RunProgram } from '../engine/runtime/run.ts'
import type { TraceBatch } from '../engine/trace/batch.ts'
import { ConsoleLevelCode, EventKind, RunEndReason } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { TraceColumns } from '../engine/trace/columns.ts'
import { adoptBatch } from '../engine/trace/adopt.ts'
import { unroutedNote, unroutedRequests } from '../model/unrouted.ts'

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
  /**
   * Drop the trace as it is produced and keep no output in memory: output
   * reaches `onOutput` only (the CLI without `--trace`, for runs of any length).
   */
  discardTrace?: boolean
}

/** The runtime bundle, and how to evaluate it fast (a V8 code cache, see runtimeCache.ts). */
export interface RuntimeScript {
  code: string
  /** Compiles the wrapped bundle for a context (may use a code cache). */
  compile?(wrapped: string): vm.Script
  /** Called once the program ran (a code cache then holds every function that ran). */
  ranOnce?(): void
}

/** Lines Looplab itself adds to stderr: why a budget or a forever-waiting server ended the run. */
function explanationLine(outcome: RunOutcome): string | undefined {
  if (!outcome.explanation) return undefined
  if (outcome.reason === RunEndReason.Budget || outcome.reason === RunEndReason.Finished) return `Looplab: ${outcome.explanation}\n`
  return undefined
}

/** Runs a compiled program with the given runtime; `compileMs` is reported back in the timings. */
export function runCompiled(
  compiled: CompileResult,
  options: RunOptions,
  runtime: RuntimeScript,
  hooks: NodeRunHooks = {},
  compileMs = 0,
): NodeRunResult {
  const trace = new TraceColumns()
  const batches: TraceBatch[] = []
  let stdout = ''
  let stderr = ''
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
      timings: { compileMs, setupMs: 0, runMs: 0 },
    }
  }
  const t1 = performance.now()
  const input: CompiledInput = toRunInput(compiled)
  const context = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } })
  const wrapped = `(function () {\n${runtime.code}\nreturn LooplabRuntime;\n})()`
  const script = runtime.compile ? runtime.compile(wrapped) : new vm.Script(wrapped)
  const engine = script.runInContext(context) as { runProgram: typeof RunProgram }
  const realmGlobal = vm.runInContext('globalThis', context) as Record<string, unknown>
  const toStderr = (level: number) => level >= ConsoleLevelCode.warn
  let noted = false
  const onBatch = (made: TraceBatch) => {
    if (hooks.discardTrace) return
    const batch = adoptBatch(made)
    batches.push(batch)
    if (hooks.encodedOnly) return
    const from = trace.count
    trace.append(batch)
    for (let i = from; i < trace.count; i++) {
      if (trace.kind[i] === EventKind.UnroutedRequest && !noted) {
        // Looplab's own note, once per run, on stderr: not part of the program's output.
        noted = true
        const note = unroutedNote(unroutedRequests(trace, i, i + 1)[0]!)
          .map((line) => `${line}\n`)
          .join('')
        stderr += note
        hooks.onOutput?.('stderr', note)
        continue
      }
      if (trace.kind[i] !== EventKind.Console) continue
      const text = trace.strings[trace.b[i]!]!
      if (toStderr(trace.a[i]!)) stderr += text
      else stdout += text
    }
  }
  const onConsole = hooks.onOutput
    ? (level: number, text: string) => hooks.onOutput!(toStderr(level) ? 'stderr' : 'stdout', text)
    : undefined
  const t2 = performance.now()
  const outcome = engine.runProgram(
    input,
    options,
    { onBatch, wallNow: () => performance.now(), ...(onConsole ? { onConsole } : {}) },
    realmGlobal,
  )
  const t3 = performance.now()
  runtime.ranOnce?.()
  const extra = explanationLine(outcome)
  if (extra) {
    if (!hooks.discardTrace) stderr += extra
    hooks.onOutput?.('stderr', extra)
  }
  return {
    outcome,
    stdout,
    stderr,
    exitCode: outcome.exitCode,
    program: compiled.program,
    trace,
    batches,
    timings: { compileMs, setupMs: t2 - t1, runMs: t3 - t2 },
  }
}
