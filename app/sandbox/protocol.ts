/**
 * The sandbox protocol: every message that crosses between the page and the
 * sandbox worker (over the private MessagePort) and between the page and the
 * compiler worker. One module, used by both sides.
 *
 * The page treats everything coming from the sandbox as untrusted: each
 * message is validated against these schemas (sizes included) on arrival and
 * dropped if it does not fit.
 */
import { z } from 'zod'
import type { CompileResult, Diagnostic } from '../engine/compile/diagnostics.ts'
import type { PythonRunOptions } from '../engine/python/pythonRun.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import type { CompiledInput, RunOptions, RunOutcome } from '../engine/runtime/run.ts'
import type { TraceBatch } from '../engine/trace/batch.ts'

/** Page → sandbox worker: start a run. A worker runs one program, once. */
export interface RunRequest {
  type: 'run'
  runId: number
  input: CompiledInput
  options: RunOptions
  /** Virtual ms run as fast as possible before the run is paced to real time. */
  fastForwardMs: number
  /**
   * Set to look at variables instead of streaming a trace: the run retraces the
   * original (same program, same options) unpaced, answers with one `scopes`
   * message for these events (ascending), and ends.
   */
  inspectScopes?: number[]
}

/** Page → sandbox worker: end the run now (the learner pressed Stop). */
export interface StopRequest {
  type: 'stop'
  runId: number
}

/**
 * Page → sandbox worker: load Pyodide, before any program runs. The page
 * fetched the files (the worker cannot: its origin is opaque and its CSP denies
 * all network) and transfers their bytes. The memory snapshot, the largest file and the last to
 * arrive, follows in a `python-snapshot` message: the worker starts Pyodide's scripts and compiles
 * its wasm meanwhile.
 */
export interface LoadPythonRequest {
  type: 'load-python'
  assets: PythonAssets
}

/**
 * Page → sandbox worker, after `load-python`: the memory snapshot of Pyodide with the runtime
 * imported (uncompressed), or none when the page could not load one (Python then starts from scratch).
 */
export interface PythonSnapshotMessage {
  type: 'python-snapshot'
  snapshot?: Blob
}

/**
 * Pyodide's files and Looplab's Python runtime package, as the sandbox worker receives them. The
 * large files are Blobs: a Blob crosses postMessage by reference, so every sandbox gets them without
 * the page copying 13 MB on its main thread (the worker reads them itself).
 */
export interface PythonAssets {
  /** Pyodide's loader (`pyodide.js`, a classic script). */
  loader: Blob
  /** Pyodide's core converted to a classic script (`pyodide.asm.js`). */
  core: Blob
  wasm: Blob
  stdlib: Blob
  lock: string
  /** The `looplab` package's sources, by file name. */
  runtime: Record<string, string>
}

/** Page → sandbox worker (after `python-ready`): run a Python program. A worker runs one program, once. */
export interface RunPythonRequest {
  type: 'run-python'
  runId: number
  source: string
  fileName: string
  options: PythonRunOptions
  /**
   * Set to look at variables, as for a TypeScript run: the program runs again (same source, same
   * options), answers with one `scopes` message for these events (ascending), and ends. The sandbox
   * that ran the program takes such requests for it, again and again (Pyodide loads once).
   */
  inspectScopes?: number[]
}

export type ToSandbox = RunRequest | StopRequest | LoadPythonRequest | PythonSnapshotMessage | RunPythonRequest

/** An error as plain data (never an Error object across a boundary). */
export interface PlainError {
  name: string
  message: string
  stack?: string | undefined
}

/** Sandbox worker → page. */
export type FromSandbox =
  | { type: 'ready' }
  | { type: 'python-ready' }
  | { type: 'python-failed'; error: PlainError }
  | { type: 'program'; runId: number; program: ProgramInfo }
  | { type: 'compile-errors'; runId: number; diagnostics: Diagnostic[] }
  | { type: 'batch'; runId: number; batch: TraceBatch }
  | { type: 'progress'; runId: number; virtualTime: number; paced: boolean }
  | { type: 'done'; runId: number; outcome: RunOutcome }
  | { type: 'failed'; runId: number; error: PlainError }
  | { type: 'scopes'; runId: number; snapshots: ScopeSnapshot[] }

/**
 * The frames and bindings right after one event, in words any host can give:
 * a JavaScript or a Python sandbox answers with the same shape.
 */
export interface ScopeSnapshot {
  seq: number
  frames: {
    name: string
    /** On the call stack (innermost last), paused at an await or yield, or the module's top level. */
    kind: 'module' | 'function' | 'suspended'
    line: number
    vars: { name: string; preview: string; scope: 'local' | 'closure' }[]
  }[]
}

/** Limits on what the page accepts from a sandbox. */
export const LIMITS = {
  batchBytes: 32 * 1024 * 1024,
  batchEvents: 2_000_000,
  batchStrings: 500_000,
  stringLength: 2 * 1024 * 1024,
  explanationLength: 20_000,
  scopeSnapshots: 16,
  scopeFrames: 200,
  scopeVars: 500,
  sourceLength: 2 * 1024 * 1024,
  locations: 500_000,
  functions: 100_000,
  diagnostics: 1_000,
} as const

const runId = z.number().int().nonnegative()
const plainError = z.object({
  name: z.string().max(200),
  message: z.string().max(LIMITS.explanationLength),
  stack: z.string().max(LIMITS.explanationLength).optional(),
})

const batch = z.object({
  firstSeq: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative().max(LIMITS.batchEvents),
  baseTime: z.number().nonnegative().finite(),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.batchBytes, 'batch too large'),
  firstStringId: z.number().int().nonnegative(),
  strings: z.array(z.string().max(LIMITS.stringLength)).max(LIMITS.batchStrings),
})

const outcome = z.object({
  exitCode: z.number().int().min(0).max(255),
  reason: z.number().int().min(0).max(5),
  budget: z.number().int().min(0).max(16).optional(),
  explanation: z.string().max(LIMITS.explanationLength).optional(),
})

const scopeSnapshot = z.object({
  seq: z.number().int().nonnegative(),
  frames: z
    .array(
      z.object({
        name: z.string().max(500),
        kind: z.enum(['module', 'function', 'suspended']),
        line: z.number().int().nonnegative(),
        vars: z
          .array(z.object({ name: z.string().max(500), preview: z.string().max(1000), scope: z.enum(['local', 'closure']) }))
          .max(LIMITS.scopeVars),
      }),
    )
    .max(LIMITS.scopeFrames),
})

const span = {
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  endLine: z.number().int().nonnegative(),
  endColumn: z.number().int().nonnegative(),
}

const programInfo = z.object({
  source: z.string().max(LIMITS.sourceLength),
  fileName: z.string().max(500),
  locations: z
    .array(z.object({ ...span, role: z.enum(['statement', 'function', 'await', 'yield', 'loop', 'call', 'for-await']) }))
    .max(LIMITS.locations),
  functions: z
    .array(
      z.object({
        name: z.string().max(500),
        kind: z.enum(['module', 'function', 'arrow', 'method', 'getter', 'setter', 'constructor', 'generator', 'async', 'async-generator']),
        loc: z.number().int().nonnegative(),
      }),
    )
    .max(LIMITS.functions),
})

const diagnostic = z.object({ ...span, message: z.string().max(LIMITS.explanationLength), code: z.number().int().optional() })

const fromSandbox = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('python-ready') }),
  z.object({ type: z.literal('python-failed'), error: plainError }),
  z.object({ type: z.literal('program'), runId, program: programInfo }),
  z.object({ type: z.literal('compile-errors'), runId, diagnostics: z.array(diagnostic).max(LIMITS.diagnostics) }),
  z.object({ type: z.literal('batch'), runId, batch }),
  z.object({ type: z.literal('progress'), runId, virtualTime: z.number().nonnegative().finite(), paced: z.boolean() }),
  z.object({ type: z.literal('done'), runId, outcome }),
  z.object({ type: z.literal('failed'), runId, error: plainError }),
  z.object({ type: z.literal('scopes'), runId, snapshots: z.array(scopeSnapshot).max(LIMITS.scopeSnapshots) }),
])

/** Validates a message from the sandbox; undefined when it must be dropped. */
export function parseFromSandbox(data: unknown): FromSandbox | undefined {
  const result = fromSandbox.safeParse(data)
  return result.success ? (result.data as FromSandbox) : undefined
}

/** Page → compiler worker. */
export interface CompileRequest {
  id: number
  source: string
}

/** Compiler worker → page. `input` is what the sandbox needs, present when compilation succeeded. */
export interface CompileResponse {
  id: number
  result: CompileResult
  input?: CompiledInput
  error?: PlainError
}

export function toPlainError(error: unknown): PlainError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: 'Error', message: String(error) }
}
