import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

/**
 * The CLI part of `npm run bench`: whole processes, side by side. Each program runs as
 * `node FILE.mjs` and as `looplab run FILE.ts` (start-up, compile, the modelled loop with its
 * trace, exit), best of three, and the ratio is printed against the targets.
 */
interface CliWorkload {
  name: string
  /** The program as TypeScript (what `looplab run` takes); the .mjs copy drops the annotations. */
  source: string
  /** Whole-process target for Looplab: a ratio to node, or absolute milliseconds. */
  target: { ratio: number } | { ms: number }
}

const WORKLOADS: CliWorkload[] = [
  { name: 'hello: one console.log', source: `console.log('hello')\n`, target: { ms: 300 } },
  {
    name: 'awaits: 2,000,000 in 4 coroutines',
    source: `async function worker(n: number): Promise<number> {
  let sum = 0
  for (let i = 0; i < n; i++) sum += await i
  return sum
}
const results = await Promise.all([worker(500_000), worker(500_000), worker(500_000), worker(500_000)])
console.log(results.reduce((a, b) => a + b, 0))
`,
    target: { ratio: 3 },
  },
  {
    name: 'timers: 200,000 setTimeout',
    source: `let fired = 0
for (let i = 0; i < 200_000; i++) setTimeout(() => { fired++ }, i % 100)
setTimeout(() => console.log('fired', fired), 200)
`,
    target: { ratio: 3 },
  },
]

const CLI = resolve(import.meta.dirname, '../../bin/looplab.mjs')

function bestOf(times: number, command: string, args: string[]): { ms: number; stdout: string } {
  let best = Infinity
  let stdout = ''
  for (let k = 0; k < times; k++) {
    const start = performance.now()
    const run = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000 })
    const ms = performance.now() - start
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
    stdout = run.stdout
    best = Math.min(best, ms)
  }
  return { ms: best, stdout }
}

const dir = mkdtempSync(join(tmpdir(), 'looplab-bench-cli-'))
// The first run fills the CLI's bundle cache, as a newcomer's first `looplab run` does once.
writeFileSync(join(dir, 'warm.ts'), `console.log('warm')\n`)
bestOf(1, process.execPath, [CLI, 'run', join(dir, 'warm.ts')])

const rows: string[][] = [['workload', 'node', 'looplab run', 'ratio', 'target']]
let missed = 0
for (const [index, workload] of WORKLOADS.entries()) {
  const ts = join(dir, `w${index}.ts`)
  const mjs = join(dir, `w${index}.mjs`)
  writeFileSync(ts, workload.source)
  writeFileSync(mjs, workload.source.replace(/: Promise<number>|: number/g, ''))
  const native = bestOf(3, process.execPath, [mjs])
  const looplab = bestOf(3, process.execPath, [CLI, 'run', ts])
  if (native.stdout !== looplab.stdout)
    throw new Error(`${workload.name}: node printed ${native.stdout}, looplab printed ${looplab.stdout}`)
  const ratio = looplab.ms / native.ms
  const met = 'ratio' in workload.target ? ratio <= workload.target.ratio : looplab.ms <= workload.target.ms
  if (!met) missed++
  const target = 'ratio' in workload.target ? `≤ ${workload.target.ratio}×` : `≤ ${workload.target.ms} ms`
  rows.push([
    workload.name,
    `${native.ms.toFixed(0)} ms`,
    `${looplab.ms.toFixed(0)} ms`,
    `${ratio.toFixed(1)}×`,
    `${target} ${met ? '✓' : '✗'}`,
  ])
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)))
console.log('\nWhole-process CLI runs (best of 3), side by side with node:')
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '))
if (missed > 0) console.log(`${missed} target(s) missed on this machine (load: ${spawnSync('uptime', { encoding: 'utf8' }).stdout.trim()})`)
