/**
 * One worker of the test262 pool: for each test path it is sent, builds the
 * program, runs it on `node` (a child process, as a module) and on the engine
 * (in this thread, through the CLI's runner) at the same time, and posts both
 * verdicts back.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { runInNode } from '../../app/cli/nodeRunner.ts'
import { passes, type RunRecord } from './judge.ts'
import { buildCase, runnableAsModule } from './tests.ts'

/** Sent to a worker: a test to run. */
export interface WorkRequest {
  path: string
  /** Node's record from an earlier run of the same program, if cached. */
  cached?: RunRecord
}

/** Sent back: the outcome of one test. */
export interface WorkResult {
  path: string
  skipped: boolean
  nodePasses: boolean
  enginePasses: boolean
  /** Why the engine failed, in a line. */
  engineDetail: string
  nodeRecord?: RunRecord
  /** Hash of the program text (the key of Node's cached record). */
  key: string
}

const { checkout } = workerData as { checkout: string }
const scratch = mkdtempSync(join(tmpdir(), 'looplab-test262-'))
const STARTED = 'Test262:Started'

/** The name of the uncaught error in Node's or the engine's stderr. */
function errorNameIn(stderr: string): string | undefined {
  return /^(?:Uncaught (?:\(in promise\) )?)?([A-Z]\w*(?:Error|Exception)|Test262Error)\b/m.exec(stderr)?.[1]
}

function runNode(source: string, negative: boolean): Promise<RunRecord> {
  const file = join(scratch, 'test.mjs')
  writeFileSync(file, negative ? `process.stderr.write('${STARTED}\\n');\n${source}` : source)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code, signal) => {
      const started = !negative || stderr.startsWith(STARTED)
      const errorName = errorNameIn(stderr)
      resolve({ stdout, stderr, exitCode: code ?? (signal ? 128 : 1), refusedBeforeRunning: !started, ...(errorName ? { errorName } : {}) })
    })
  })
}

function runEngine(source: string): RunRecord {
  try {
    const result = runInNode(source, { host: 'node', budgets: { maxWallMs: 5_000 } })
    if (result.diagnostics) {
      return { stdout: '', stderr: result.stderr, exitCode: 1, refusedBeforeRunning: true, errorName: 'SyntaxError' }
    }
    const errorName = errorNameIn(result.stderr)
    return {
      stdout: result.stdout,
      stderr: result.stderr,
      exitCode: result.exitCode,
      refusedBeforeRunning: false,
      ...(errorName ? { errorName } : {}),
    }
  } catch (error) {
    return { stdout: '', stderr: `host crashed: ${String(error)}`, exitCode: 70, refusedBeforeRunning: false }
  }
}

function firstLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200)
}

async function handle(request: WorkRequest): Promise<WorkResult> {
  const test = buildCase(checkout, request.path)
  const key = createHash('sha1').update(test.source).digest('hex')
  if (!runnableAsModule(test.meta)) {
    return { path: request.path, skipped: true, nodePasses: false, enginePasses: false, engineDetail: '', key }
  }
  const negative = test.meta.negative !== undefined
  const nodeRun = request.cached ? Promise.resolve(request.cached) : runNode(test.source, negative)
  const engine = runEngine(test.source)
  const native = await nodeRun
  const enginePasses = passes(test.meta, engine)
  const detail = enginePasses
    ? ''
    : test.meta.negative && engine.exitCode === 0
      ? `accepted; expected ${test.meta.negative.type} (${test.meta.negative.phase})`
      : firstLine(
          engine.stdout.includes('Test262:AsyncTestFailure')
            ? engine.stdout.slice(engine.stdout.indexOf('Test262:AsyncTestFailure'))
            : engine.stderr,
        ) || `exit ${engine.exitCode}, stdout ${JSON.stringify(engine.stdout.slice(0, 80))}`
  return {
    path: request.path,
    skipped: false,
    nodePasses: passes(test.meta, native),
    enginePasses,
    engineDetail: detail,
    ...(request.cached ? {} : { nodeRecord: native }),
    key,
  }
}

parentPort!.on('message', (request: WorkRequest) => {
  void handle(request).then((result) => parentPort!.postMessage(result))
})
