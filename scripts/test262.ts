/**
 * Runs test262 (a checkout given on the command line, never part of this
 * repository) on real `node` and on Looplab's engine, the same way on both:
 * every test as one strict module with its harness includes. Prints pass
 * counts per folder and every test Node passes that the engine does not.
 *
 *   npm run test262 -- PATH_TO_TEST262 [FOLDER…] [--jobs N] [--json OUT.json] [--no-cache]
 *
 * FOLDER is relative to the checkout's `test/` (default: the async folders of
 * scripts/test262/tests.ts). Node's results are cached by program text in the
 * system's temporary folder, so a second run only pays for the engine.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { RunRecord } from './test262/judge.ts'
import { buildCase, DEFAULT_FOLDERS, listTests } from './test262/tests.ts'
import type { WorkRequest, WorkResult } from './test262/worker.ts'

interface Options {
  checkout: string
  folders: string[]
  jobs: number
  json?: string
  cache: boolean
}

function parseArgs(argv: string[]): Options {
  const positional: string[] = []
  const options: Partial<Options> = { jobs: 2, cache: true }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--jobs') options.jobs = Number(argv[++i])
    else if (arg === '--json') options.json = argv[++i]!
    else if (arg === '--no-cache') options.cache = false
    else positional.push(arg)
  }
  const [checkout, ...folders] = positional
  if (!checkout || !existsSync(join(checkout, 'test')) || !existsSync(join(checkout, 'harness'))) {
    process.stderr.write('Usage: npm run test262 -- PATH_TO_TEST262 [FOLDER…] (a checkout with test/ and harness/)\n')
    process.exit(2)
  }
  return { ...options, checkout: resolve(checkout), folders: folders.length > 0 ? folders : DEFAULT_FOLDERS } as Options
}

type Cache = Record<string, RunRecord>

function cacheFile(): string {
  return join(tmpdir(), `looplab-test262-node-${process.version}.json`)
}

function loadCache(enabled: boolean): Cache {
  if (!enabled || !existsSync(cacheFile())) return {}
  return JSON.parse(readFileSync(cacheFile(), 'utf8')) as Cache
}

interface FolderCount {
  total: number
  skipped: number
  node: number
  engine: number
  nodeOnly: WorkResult[]
  engineOnly: WorkResult[]
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const testRoot = join(options.checkout, 'test')
  const cache = loadCache(options.cache)
  const queue: { folder: string; request: WorkRequest; key: string }[] = []
  const counts = new Map<string, FolderCount>()
  for (const folder of options.folders) {
    counts.set(folder, { total: 0, skipped: 0, node: 0, engine: 0, nodeOnly: [], engineOnly: [] })
    for (const path of listTests(testRoot, folder)) {
      const key = createHash('sha1').update(buildCase(options.checkout, path).source).digest('hex')
      const cached = cache[key]
      queue.push({ folder, key, request: cached ? { path, cached } : { path } })
    }
  }
  const started = performance.now()
  let done = 0
  const byPath = new Map(queue.map((item) => [item.request.path, item.folder]))
  await Promise.all(
    Array.from({ length: Math.max(1, options.jobs) }, async () => {
      const worker = new Worker(new URL('./test262/worker.mjs', import.meta.url), { workerData: { checkout: options.checkout } })
      for (let item = queue.shift(); item; item = queue.shift()) {
        const request = item.request
        const result = await new Promise<WorkResult>((resolveResult) => {
          worker.once('message', resolveResult)
          worker.postMessage(request)
        })
        const count = counts.get(byPath.get(result.path)!)!
        count.total++
        if (result.nodeRecord) cache[result.key] = result.nodeRecord
        if (result.skipped) count.skipped++
        else {
          if (result.nodePasses) count.node++
          if (result.nodePasses && result.enginePasses) count.engine++
          if (result.nodePasses && !result.enginePasses) count.nodeOnly.push(result)
          if (!result.nodePasses && result.enginePasses) count.engineOnly.push(result)
        }
        if (++done % 250 === 0) process.stderr.write(`  ${done} tests…\n`)
      }
      await worker.terminate()
    }),
  )
  if (options.cache) writeFileSync(cacheFile(), JSON.stringify(cache))
  report(counts, performance.now() - started)
  if (options.json) {
    const out = Object.fromEntries(
      [...counts].map(([folder, c]) => [
        folder,
        { ...c, nodeOnly: c.nodeOnly.map((r) => ({ path: r.path, detail: r.engineDetail })), engineOnly: c.engineOnly.map((r) => r.path) },
      ]),
    )
    writeFileSync(options.json, JSON.stringify(out, null, 2))
  }
}

function report(counts: Map<string, FolderCount>, elapsedMs: number) {
  const rows = [...counts]
  const width = Math.max(...rows.map(([folder]) => folder.length))
  const out: string[] = [`${'folder'.padEnd(width)}  tests  skipped  node  engine (of node's)`]
  const sum = { total: 0, skipped: 0, node: 0, engine: 0 }
  for (const [folder, c] of rows) {
    out.push(
      `${folder.padEnd(width)}  ${String(c.total).padStart(5)}  ${String(c.skipped).padStart(7)}  ${String(c.node).padStart(4)}  ${String(c.engine).padStart(6)}`,
    )
    sum.total += c.total
    sum.skipped += c.skipped
    sum.node += c.node
    sum.engine += c.engine
  }
  const percent = sum.node === 0 ? 100 : (100 * sum.engine) / sum.node
  out.push(
    `${'total'.padEnd(width)}  ${String(sum.total).padStart(5)}  ${String(sum.skipped).padStart(7)}  ${String(sum.node).padStart(4)}  ${String(sum.engine).padStart(6)}  (${percent.toFixed(1)} %)`,
  )
  const failing = rows.flatMap(([, c]) => c.nodeOnly)
  if (failing.length > 0) {
    out.push('', `Node passes, the engine does not (${failing.length}):`)
    for (const result of failing.sort((a, b) => a.path.localeCompare(b.path))) out.push(`  ${result.path}  — ${result.engineDetail}`)
  }
  const extra = rows.flatMap(([, c]) => c.engineOnly)
  if (extra.length > 0) out.push('', `The engine passes, Node does not (${extra.length}):`, ...extra.map((r) => `  ${r.path}`))
  out.push('', `${(elapsedMs / 1000).toFixed(1)} s`)
  process.stdout.write(out.join('\n') + '\n')
}

await main()
