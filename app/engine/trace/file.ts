import type { TraceBatch } from './batch.ts'
import { fromBase64, toBase64 } from './base64.ts'
import { TRACE_FORMAT_VERSION, type TraceHost } from './events.ts'
import type { ProgramInfo } from './program.ts'

/**
 * A Looplab trace file (JSON). Stable across releases: readers accept every
 * `version` up to their own and refuse newer ones with a clear message.
 */
export interface TraceFile {
  format: 'looplab-trace'
  version: number
  host: TraceHost
  createdBy: string
  program: ProgramInfo
  eventCount: number
  /** The run's string table. */
  strings: string[]
  /** All events, encoded as in {@link TraceBatch}, base64. */
  events: string
  outcome?: { exitCode: number; reason: number; explanation?: string }
}

/** Joins a run's batches into one file. */
export function writeTraceFile(
  batches: readonly TraceBatch[],
  program: ProgramInfo,
  host: TraceHost,
  outcome?: TraceFile['outcome'],
): TraceFile {
  const length = batches.reduce((sum, batch) => sum + batch.bytes.length, 0)
  const bytes = new Uint8Array(length)
  let offset = 0
  const strings: string[] = []
  let eventCount = 0
  for (const batch of batches) {
    bytes.set(batch.bytes, offset)
    offset += batch.bytes.length
    for (const s of batch.strings) strings.push(s)
    eventCount += batch.eventCount
  }
  return {
    format: 'looplab-trace',
    version: TRACE_FORMAT_VERSION,
    host,
    createdBy: 'Looplab',
    program,
    eventCount,
    strings,
    events: toBase64(bytes),
    ...(outcome ? { outcome } : {}),
  }
}

/** Reads a trace file back as one batch (plus its program), validating its shape. */
export function readTraceFile(json: unknown): {
  batch: TraceBatch
  program: ProgramInfo
  host: TraceHost
  outcome?: TraceFile['outcome']
} {
  const file = json as Partial<TraceFile>
  if (typeof file !== 'object' || file === null || file.format !== 'looplab-trace') {
    throw new TypeError('This is not a Looplab trace file (its "format" is not "looplab-trace").')
  }
  if (typeof file.version !== 'number' || file.version > TRACE_FORMAT_VERSION) {
    throw new TypeError(
      `This trace was written by a newer Looplab (format version ${file.version}); this one reads up to version ${TRACE_FORMAT_VERSION}.`,
    )
  }
  if (!Array.isArray(file.strings) || !file.strings.every((s) => typeof s === 'string'))
    throw new TypeError('The trace file’s string table is damaged.')
  if (typeof file.events !== 'string' || typeof file.eventCount !== 'number') throw new TypeError('The trace file has no events.')
  const program = file.program
  if (!program || typeof program.source !== 'string' || !Array.isArray(program.locations) || !Array.isArray(program.functions)) {
    throw new TypeError('The trace file does not include its program.')
  }
  return {
    batch: {
      firstSeq: 0,
      eventCount: file.eventCount,
      baseTime: 0,
      bytes: fromBase64(file.events),
      firstStringId: 0,
      strings: file.strings,
    },
    program,
    host: file.host === 'browser' ? 'browser' : 'node',
    ...(file.outcome ? { outcome: file.outcome } : {}),
  }
}
