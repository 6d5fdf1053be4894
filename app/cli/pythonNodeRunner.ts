import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../engine/compile/diagnostics.ts'
import { installPythonRuntime, preparePython, type PyodideLike, type PythonRunOptions } from '../engine/python/pythonRun.ts'
import type { RunOutcome } from '../engine/runtime/run.ts'
import type { TraceBatch } from '../engine/trace/batch.ts'
import { TraceColumns } from '../engine/trace/columns.ts'
import { ConsoleLevelCode, EventKind } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'

/**
 * The runtime package's folder: beside this module in the checkout, or (when this runs as the
 * CLI's bundle in node_modules/.cache/looplab/…) in the checkout that holds the bundle.
 */
function runtimeDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const beside = join(here, '../engine/python/runtime/looplab')
  if (existsSync(beside)) return beside
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'app/engine/python/runtime/looplab')
    if (existsSync(candidate)) return candidate
  }
  return beside
}

/** The Python runtime package's sources, read from the checkout. */
export function pythonRuntimeFiles(): Record<string, string> {
  const dir = runtimeDir()
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) if (name.endsWith('.py')) files[name] = readFileSync(join(dir, name), 'utf8')
  return files
}

let interpreter: Promise<PyodideLike> | undefined

/** One Pyodide interpreter per process, with Looplab's runtime installed (loading takes seconds; runs reuse it). */
export function pythonInterpreter(): Promise<PyodideLike> {
  interpreter ??= (async () => {
    const { loadPyodide } = await import('pyodide')
    const pyodide = (await loadPyodide({ jsglobals: {}, stdout: () => undefined, stderr: () => undefined })) as unknown as PyodideLike
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
  const pyodide = await pythonInterpreter()
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
