import type { Diagnostic } from '../engine/compile/diagnostics.ts'
import {
  installPythonRuntime,
  preparePython,
  type PyodideLike,
  type PythonRunOptions,
  type PythonRunOutcome,
} from '../engine/python/pythonRun.ts'
import type { RunOutcome } from '../engine/runtime/run.ts'
import type { ScopeSnapshot } from '../engine/runtime/scopes.ts'
import type { TraceBatch } from '../engine/trace/batch.ts'
import { TraceColumns } from '../engine/trace/columns.ts'
import { ConsoleLevelCode, EventKind } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { pythonRuntimeFiles } from './pythonRuntimeFiles.ts'
import { startFromCachedSnapshot, startPython } from './pythonSnapshot.ts'

export { pythonRuntimeFiles } from './pythonRuntimeFiles.ts'

let interpreter: Promise<PyodideLike> | undefined

/**
 * One Pyodide interpreter per process, with Looplab's runtime installed (runs reuse it). It starts
 * from a memory snapshot kept in node_modules/.cache/looplab (made on the first run after the
 * runtime changed), which takes a fraction of the seconds a plain start does.
 */
export function pythonInterpreter(): Promise<PyodideLike> {
  interpreter ??= (async () => {
    const pyodide = (await startFromCachedSnapshot()) ?? (await startPython())
    installPythonRuntime(pyodide, pythonRuntimeFiles())
    return pyodide
  })()
  return interpreter
}

export interface PythonNodeResult {
  diagnostics?: Diagnostic[]
  outcome?: RunOutcome
  program?: ProgramInfo
  stdout: string
  stderr: string
  exitCode: number
  trace: TraceColumns
  batches: TraceBatch[]
}

/** Runs a Python program as the CLI and the conformance tests do: output streams as it is produced. */
export async function runPythonInNode(
  source: string,
  options: PythonRunOptions,
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void,
): Promise<PythonNodeResult> {
  return runPythonOn(await pythonInterpreter(), source, options, onOutput)
}

/** {@link runPythonInNode} on an interpreter already loaded: the run itself is synchronous (virtual time never waits). */
export function runPythonOn(
  pyodide: PyodideLike,
  source: string,
  options: PythonRunOptions,
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void,
): PythonNodeResult {
  const trace = new TraceColumns()
  const batches: TraceBatch[] = []
  let stdout = ''
  let stderr = ''
  const fileName = options.fileName ?? 'main.py'
  const prepared = preparePython(pyodide, source, fileName)
  if (!prepared.ok) {
    const text = prepared.diagnostics
      .map((d) => `  File "${fileName}", line ${d.line}\n${d.message} (line ${d.line}, column ${d.column})\n`)
      .join('')
    onOutput?.('stderr', text)
    return { diagnostics: prepared.diagnostics, stdout, stderr: text, exitCode: 1, trace, batches }
  }
  const onBatch = (batch: TraceBatch) => {
    batches.push(batch)
    const from = trace.count
    trace.append(batch)
    for (let i = from; i < trace.count; i++) {
      if (trace.kind[i] !== EventKind.Console) continue
      const text = trace.strings[trace.b[i]!]!
      const toStderr = trace.a[i]! >= ConsoleLevelCode.warn
      if (toStderr) stderr += text
      else stdout += text
      onOutput?.(toStderr ? 'stderr' : 'stdout', text)
    }
  }
  const outcome = prepared.run(options, { onBatch, wallNow: () => performance.now() })
  return { outcome, program: prepared.program, stdout, stderr, exitCode: outcome.exitCode, trace, batches }
}

/** A run that looked at variables: the snapshots, what it printed before it stopped, and how it ended. */
export interface PythonInspection {
  snapshots: ScopeSnapshot[]
  stdout: string
  outcome: RunOutcome
}

/**
 * Runs a Python program again only to look at its variables, as the sandbox does: the frames and
 * bindings right after each event of `targets` (ascending); the run stops after the last of them.
 */
export async function inspectPythonInNode(
  source: string,
  targets: readonly number[],
  options: PythonRunOptions = {},
): Promise<PythonInspection> {
  const result = await runPythonInNode(source, { ...options, inspectScopes: targets })
  if (result.diagnostics) throw new Error(result.diagnostics.map((d) => d.message).join('\n'))
  const { scopes, ...outcome } = result.outcome as PythonRunOutcome
  return { snapshots: JSON.parse(JSON.stringify(scopes ?? [])) as ScopeSnapshot[], stdout: result.stdout, outcome }
}

/** The frames and bindings of a Python program right after each event of `targets` (ascending). */
export async function scopesInPython(source: string, targets: readonly number[], options: PythonRunOptions = {}): Promise<ScopeSnapshot[]> {
  return (await inspectPythonInNode(source, targets, options)).snapshots
}
