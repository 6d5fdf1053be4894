/**
 * `looplab run FILE.ts` (or .js/.mjs/.cjs): the runner for programs Looplab
 * compiles with TypeScript. It streams the program's output to the
 * terminal as Node would print it, writes the trace files asked for, and
 * returns the program's exit code. Runners for other languages sit beside
 * this one and take the same arguments.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { toChromeTrace } from '../engine/trace/chrome.ts'
import { writeTraceFile } from '../engine/trace/file.ts'
import type { RunArgs } from './args.ts'
import type { CliContext } from './cache.ts'
import { compileCached } from './compileCache.ts'
import { cliBudgets } from './limits.ts'
import { runCompiled } from './realmRunner.ts'
import { prebuiltRuntime } from './runtimeCache.ts'

/** File names this runner takes. */
export const TYPESCRIPT_FILES = /\.(?:[cm]?ts|[cm]?js|tsx?)$/i

export function runTypeScript(args: RunArgs, context: CliContext): number {
  const path = resolve(args.file)
  let source: string
  try {
    source = readFileSync(path, 'utf8')
  } catch (error) {
    process.stderr.write(`looplab: cannot read ${args.file}: ${(error as Error).message}\n`)
    return 2
  }
  const keepsTrace = args.trace !== undefined || args.chromeTrace !== undefined
  const t0 = performance.now()
  const { result: compiled } = compileCached(source, context)
  const result = runCompiled(
    compiled,
    {
      host: args.host,
      budgets: cliBudgets(args.limits, keepsTrace),
      entryPath: path,
      nodeVersion: process.version,
      crashReport: 'node',
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
    },
    prebuiltRuntime(context),
    {
      discardTrace: !keepsTrace,
      encodedOnly: false,
      onOutput: (stream, text) => (stream === 'stdout' ? process.stdout : process.stderr).write(text),
    },
    performance.now() - t0,
  )
  if (keepsTrace && result.program && result.outcome) {
    if (args.trace) {
      const file = writeTraceFile(result.batches, result.program, args.host, {
        exitCode: result.exitCode,
        reason: result.outcome.reason,
        ...(result.outcome.explanation ? { explanation: result.outcome.explanation } : {}),
      })
      writeFileSync(args.trace, JSON.stringify(file))
    }
    if (args.chromeTrace) writeFileSync(args.chromeTrace, JSON.stringify(toChromeTrace(result.trace, result.program, args.host)))
  }
  return result.exitCode
}
