import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { RunArgs } from './args.ts'
import { toChromeTrace } from '../engine/trace/chrome.ts'
import { writeTraceFile } from '../engine/trace/file.ts'
import { runPythonInNode } from './pythonNodeRunner.ts'

export interface PythonFileArgs {
  /** The path as given (tracebacks show it, as `python3 FILE` does). */
  file: string
  source: string
  trace?: string
  chromeTrace?: string
  seed?: number
}

/**
 * `looplab run FILE.py`: prints what CPython prints (stdout, and stderr with
 * tracebacks) and exits as CPython does; `--trace` / `--chrome-trace` write
 * the run's trace as for TypeScript.
 */
export async function runPythonFile(args: PythonFileArgs): Promise<number> {
  const result = await runPythonInNode(
    args.source,
    { fileName: args.file, ...(args.seed !== undefined ? { seed: args.seed } : {}), budgets: { maxWallMs: 60_000 } },
    (stream, text) => (stream === 'stdout' ? process.stdout : process.stderr).write(text),
  )
  if (result.program && result.outcome) {
    if (args.trace) {
      const file = writeTraceFile(result.batches, result.program, 'python', {
        exitCode: result.exitCode,
        reason: result.outcome.reason,
        ...(result.outcome.explanation ? { explanation: result.outcome.explanation } : {}),
      })
      writeFileSync(args.trace, JSON.stringify(file))
    }
    if (args.chromeTrace) writeFileSync(args.chromeTrace, JSON.stringify(toChromeTrace(result.trace, result.program, 'python')))
    if (result.outcome.explanation && result.outcome.reason === 4) process.stderr.write(`looplab: ${result.outcome.explanation}\n`)
  }
  return result.exitCode
}

/** The `run` command for a .py file: reads it (an absolute path, as CPython's tracebacks show) and runs it. */
export async function runPythonCommand(args: RunArgs): Promise<number> {
  const file = resolve(args.file)
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch (error) {
    process.stderr.write(`looplab: cannot read ${args.file}: ${(error as Error).message}\n`)
    return 2
  }
  return runPythonFile({
    file,
    source,
    ...(args.trace !== undefined ? { trace: args.trace } : {}),
    ...(args.chromeTrace !== undefined ? { chromeTrace: args.chromeTrace } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  })
}
