import { performance } from 'node:perf_hooks'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { TraceColumns } from '../../app/engine/trace/columns.ts'
import { runNative } from '../conformance/native.ts'
import { WORKLOADS } from './workloads.ts'

/**
 * `npm run bench`: each workload natively (node) and on the engine with
 * tracing on, in the same run; prints times, the ratio, trace bytes per
 * event and peak memory.
 */
const BUDGETS = { maxSteps: 1e9, maxEvents: 1e9, maxWallMs: 600_000, maxMicrotasksPerCheckpoint: 1e9 }

function nativeElapsed(stdout: string): number {
  const match = /elapsed ([\d.]+)/.exec(stdout)
  if (!match) throw new Error(`native run printed no timing: ${stdout}`)
  return Number(match[1])
}

// Warm up the compiler (loading TypeScript takes a moment the first time).
runInNode('console.log(1)', { host: 'node' }, { encodedOnly: true })

const rows: string[][] = [['workload', 'native', 'engine (traced)', 'ratio', 'compile', 'events', 'bytes/event', 'decode', 'peak heap']]
for (const workload of WORKLOADS) {
  const native = await runNative(workload.source, workload.name, 120_000)
  const nativeMs = nativeElapsed(native.stdout)
  let peak = process.memoryUsage().heapUsed
  const result = runInNode(workload.source, { host: 'node', budgets: BUDGETS, batchSize: 50_000 }, { encodedOnly: true })
  const engineMs = result.timings.runMs
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  if (result.exitCode !== 0) throw new Error(`${workload.name} failed on the engine (exit ${result.exitCode})`)
  const t1 = performance.now()
  const trace = new TraceColumns()
  for (const batch of result.batches) trace.append(batch)
  const decodeMs = performance.now() - t1
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  const events = trace.count
  rows.push([
    workload.name,
    `${nativeMs.toFixed(0)} ms`,
    `${engineMs.toFixed(0)} ms`,
    `${(engineMs / nativeMs).toFixed(1)}×`,
    `${(result.timings.compileMs + result.timings.setupMs).toFixed(0)} ms`,
    events.toLocaleString('en-US'),
    (trace.encodedBytes / events).toFixed(2),
    `${decodeMs.toFixed(0)} ms`,
    `${(peak / 1024 / 1024).toFixed(0)} MB`,
  ])
  console.log(`✓ ${workload.name}`)
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))

const { benchPython } = await import('./python.ts')
await benchPython()
