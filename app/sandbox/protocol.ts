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
import type { CompileResult } from '../engine/compile/diagnostics.ts'
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
}

/** Page → sandbox worker: end the run now (the learner pressed Stop). */
export interface StopRequest {
  type: 'stop'
  runId: number
}

export type ToSandbox = RunRequest | StopRequest

/** An error as plain data (never an Error object across a boundary). */
export interface PlainError {
  name: string
  message: string
  stack?: string | undefined
}

/** Sandbox worker → page. */
export type FromSandbox =
  | { type: 'ready' }
  | { type: 'batch'; runId: number; batch: TraceBatch }
  | { type: 'progress'; runId: number; virtualTime: number; paced: boolean }
  | { type: 'done'; runId: number; outcome: RunOutcome }
  | { type: 'failed'; runId: number; error: PlainError }

/** Limits on what the page accepts from a sandbox. */
export const LIMITS = {
  batchBytes: 32 * 1024 * 1024,
  batchEvents: 2_000_000,
  batchStrings: 500_000,
  stringLength: 2 * 1024 * 1024,
  explanationLength: 20_000,
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

const fromSandbox = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('batch'), runId, batch }),
  z.object({ type: z.literal('progress'), runId, virtualTime: z.number().nonnegative().finite(), paced: z.boolean() }),
  z.object({ type: z.literal('done'), runId, outcome }),
  z.object({ type: z.literal('failed'), runId, error: plainError }),
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
