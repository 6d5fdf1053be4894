import { ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSort, MathCeil, MathRound } from '../primordials.ts'

/** When a simulated request was sent and answered (µs of virtual time). */
export interface Timing {
  readonly sentAt: number
  /** -1 while the response is still on its way. */
  answeredAt: number
  failed: boolean
}

/** What `server.done()` and `server.stats()` report (times in ms of virtual time). */
export interface ServerStats {
  /** Requests scheduled so far. */
  requests: number
  /** Answered successfully. */
  completed: number
  /** Answered 500 (the handler threw or rejected). */
  failed: number
  /** Time from sending to receiving the response, per answered request, in the order the requests were sent. */
  latencies: number[]
  /** Median latency (nearest rank). */
  p50: number
  /** 95th-percentile latency (nearest rank). */
  p95: number
  max: number
  mean: number
  /** Successful responses per second of virtual time, from the first request sent to the last response received. */
  throughputPerSecond: number
  /** The most requests the handler was working on at the same time. */
  maxConcurrent: number
}

const round3 = (x: number) => MathRound(x * 1000) / 1000

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  const rank = MathCeil(p * sorted.length)
  return sorted[rank < 1 ? 0 : rank - 1]!
}

export function computeStats(records: readonly Timing[], maxConcurrent: number): ServerStats {
  const latencies: number[] = []
  let completed = 0
  let failed = 0
  let sum = 0
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!
    if (record.sentAt < first) first = record.sentAt
    if (record.answeredAt < 0) continue
    if (record.failed) failed++
    else completed++
    if (record.answeredAt > last) last = record.answeredAt
    const latency = (record.answeredAt - record.sentAt) / 1000
    ArrayPrototypePush(latencies, latency)
    sum += latency
  }
  const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(latencies), (a, b) => a - b)
  const spanSeconds = last > first ? (last - first) / 1e6 : 0
  return {
    requests: records.length,
    completed,
    failed,
    latencies,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : 0,
    mean: latencies.length > 0 ? round3(sum / latencies.length) : 0,
    throughputPerSecond: spanSeconds > 0 ? round3(completed / spanSeconds) : 0,
    maxConcurrent,
  }
}
