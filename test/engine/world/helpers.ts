import { runInNode, type NodeRunResult } from '../../../app/cli/nodeRunner.ts'
import type { RunOptions } from '../../../app/engine/runtime/run.ts'
import type { WorldConfig } from '../../../app/engine/runtime/world/world.ts'
import { EventKind, type IoKind } from '../../../app/engine/trace/events.ts'
import type { TraceColumns } from '../../../app/engine/trace/columns.ts'

/** Runs a program under a host profile with an optional simulated world. */
export function run(
  source: string,
  options: { host?: 'node' | 'browser'; world?: WorldConfig; budgets?: RunOptions['budgets'] } = {},
): NodeRunResult {
  return runInNode(source, { host: options.host ?? 'node', world: options.world, budgets: { maxWallMs: 10_000, ...options.budgets } })
}

/** The program's stdout lines. */
export function lines(result: NodeRunResult): string[] {
  return result.stdout.split('\n').filter((line) => line !== '')
}

/** One simulated I/O operation as the trace tells it (times in ms). */
export interface IoRecord {
  id: number
  kind: IoKind
  label: string
  start: number
  /** When it completed or was cancelled; undefined when still pending at exit (not refed). */
  end?: number
  failed?: boolean
  /** Ended by an abort: no callback task follows. */
  cancelled?: boolean
  /** Whether the IoComplete names its IoStart as cause and the next event is the task it caused. */
  chained?: boolean
}

export function ioRecords(trace: TraceColumns): IoRecord[] {
  const records = new Map<number, IoRecord & { startSeq: number }>()
  for (let i = 0; i < trace.count; i++) {
    if (trace.kind[i] === EventKind.IoStart) {
      records.set(trace.a[i]!, {
        id: trace.a[i]!,
        kind: trace.b[i]! as IoKind,
        label: trace.strings[trace.c[i]!]!,
        start: trace.time[i]! / 1000,
        startSeq: i,
      })
    } else if (trace.kind[i] === EventKind.IoComplete) {
      const record = records.get(trace.a[i]!)
      if (!record) continue
      record.end = trace.time[i]! / 1000
      record.failed = trace.b[i] === 1
      record.cancelled = trace.b[i] === 2
      record.chained = trace.cause[i] === record.startSeq && trace.kind[i + 1] === EventKind.TaskStart && trace.cause[i + 1] === i
    }
  }
  return [...records.values()].map(({ startSeq: _, ...record }) => record)
}

/** Whether event times never go backwards. */
export function isMonotonic(trace: TraceColumns): boolean {
  for (let i = 1; i < trace.count; i++) if (trace.time[i]! < trace.time[i - 1]!) return false
  return true
}

/** The trace's encoded bytes and strings, for byte-for-byte comparisons. */
export function traceBytes(result: NodeRunResult): string {
  return result.batches
    .map((batch) => `${batch.firstSeq}:${batch.baseTime}:${Buffer.from(batch.bytes).toString('base64')}:${JSON.stringify(batch.strings)}`)
    .join('\n')
}
