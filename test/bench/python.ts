import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pythonInterpreter, runPythonInNode } from '../../app/cli/pythonNodeRunner.ts'
import { preparePython, type PythonRunOutcome } from '../../app/engine/python/pythonRun.ts'
import type { TraceBatch } from '../../app/engine/trace/batch.ts'
import { TraceColumns } from '../../app/engine/trace/columns.ts'

/**
 * The Python part of `npm run bench`: each workload on CPython (`python3`, timed inside the
 * process so interpreter start-up is left out) and on Looplab (Pyodide with the virtual-time loop
 * and full tracing), in the same run, each three times (medians); prints both, the ratio and the trace size.
 * As for the TypeScript engine, the traced time is the run that produces the encoded trace (what the
 * sandbox worker does); decoding it into columns (what the page does as batches arrive) is its own column.
 */
interface PythonWorkload {
  name: string
  source: string
}

export const PYTHON_WORKLOADS: PythonWorkload[] = [
  {
    name: 'awaits: 4 tasks × 25k sleep(0)',
    source: `import asyncio
async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(worker(25_000) for _ in range(4)))
asyncio.run(main())
`,
  },
  {
    name: 'timers: 5k tasks sleeping 0–1 s (CPython really waits)',
    source: `import asyncio, random
random.seed(1)
async def nap(d):
    await asyncio.sleep(d)
async def main():
    await asyncio.gather(*(nap(random.random()) for _ in range(5_000)))
asyncio.run(main())
`,
  },
  {
    name: 'queue: 20k items, 4 consumers',
    source: `import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    for _ in range(4):
        await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item)
async def main():
    q = asyncio.Queue(maxsize=100)
    out = []
    await asyncio.gather(producer(q, 20_000), *(consumer(q, out) for _ in range(4)))
    assert len(out) == 20_000
asyncio.run(main())
`,
  },
  {
    name: 'cpu: a 300k-iteration loop in a task',
    source: `import asyncio
async def main():
    total = 0
    for i in range(300_000):
        total += i % 7
    return total
asyncio.run(main())
`,
  },
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** CPython's median time for the program over three runs, each measured inside the process. */
export function nativePythonMs(source: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'looplab-pybench-'))
  return median([0, 1, 2].map(() => nativeMs(source, dir, 0)))
}

/** CPython's time for the program, measured inside the process (the script runs it once under perf_counter). */
function nativeMs(source: string, dir: string, index: number): number {
  const file = join(dir, `w${index}.py`)
  const timed = `import time as _t\n_t0 = _t.perf_counter()\nexec(compile(${JSON.stringify(source)}, "main.py", "exec"), {"__name__": "__main__"})\nprint("elapsed", (_t.perf_counter() - _t0) * 1000)\n`
  writeFileSync(file, timed)
  const run = spawnSync('python3', [file], { encoding: 'utf8', timeout: 600_000 })
  const match = /elapsed ([\d.]+)/.exec(run.stdout)
  if (!match) throw new Error(`python3 printed no timing for ${file}: ${run.stderr}`)
  return Number(match[1])
}

export async function benchPython(): Promise<void> {
  if (spawnSync('python3', ['--version']).status !== 0) {
    console.log('python3 is not installed: the Python benchmark needs it as the native reference.')
    return
  }
  const t0 = performance.now()
  const pyodide = await pythonInterpreter()
  const loadMs = performance.now() - t0
  // One small run so the runtime package and the loop are warm.
  await runPythonInNode('import asyncio\nasyncio.run(asyncio.sleep(0))\n', { fileName: '/home/learner/main.py' })
  const dir = mkdtempSync(join(tmpdir(), 'looplab-pybench-'))
  const rows: string[][] = [['Python workload', 'CPython', 'Looplab (traced)', 'ratio', 'events', 'bytes/event', 'decode']]
  for (const [index, workload] of PYTHON_WORKLOADS.entries()) {
    // Each side three times, the median kept: one run of either is at the mercy of a GC or a busy core.
    const native = median([0, 1, 2].map(() => nativeMs(workload.source, dir, index)))
    const times: number[] = []
    let batches: TraceBatch[] = []
    for (let round = 0; round < 3; round++) {
      const prepared = preparePython(pyodide, workload.source, '/home/learner/main.py')
      if (!prepared.ok) throw new Error(`${workload.name} does not compile: ${prepared.diagnostics[0]?.message}`)
      batches = []
      const t1 = performance.now()
      const outcome: PythonRunOutcome = prepared.run(
        { budgets: { maxSteps: 1e9, maxEvents: 1e9, maxWallMs: 600_000 } },
        { onBatch: (batch) => batches.push(batch), wallNow: () => performance.now() },
      )
      times.push(performance.now() - t1)
      if (outcome.exitCode !== 0) throw new Error(`${workload.name} failed on Looplab (exit ${outcome.exitCode})`)
    }
    const looplab = median(times)
    const t2 = performance.now()
    const trace = new TraceColumns()
    for (const batch of batches) trace.append(batch)
    const decodeMs = performance.now() - t2
    rows.push([
      workload.name,
      `${native.toFixed(0)} ms`,
      `${looplab.toFixed(0)} ms`,
      `${(looplab / native).toFixed(1)}×`,
      trace.count.toLocaleString('en-US'),
      (trace.encodedBytes / Math.max(1, trace.count)).toFixed(2),
      `${decodeMs.toFixed(0)} ms`,
    ])
    console.log(`✓ ${workload.name}`)
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))
  console.log(`Pyodide start-up in Node (load + Looplab's runtime): ${loadMs.toFixed(0)} ms`)
}
