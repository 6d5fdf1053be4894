import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { toChromeTrace } from '../engine/trace/chrome.ts'
import { writeTraceFile } from '../engine/trace/file.ts'
import { runInNode } from './nodeRunner.ts'

const USAGE = `Usage:
  looplab run FILE [--host node|browser] [--trace OUT.json] [--chrome-trace OUT.json] [--seed N]
      Runs FILE (TypeScript) on Looplab's modeled event loop. Prints the program's
      output as Node would (console.log to stdout, errors to stderr) and exits
      with the program's exit code. A FILE ending in .py runs as Python on
      Looplab's virtual-time asyncio loop, printing and exiting as CPython does. --trace writes the Looplab trace (re-openable
      in the app); --chrome-trace writes a trace Perfetto and Chrome DevTools open.
  looplab lessons check
      Validates every lesson, runs every example and checks every exercise.
`

interface RunArgs {
  file: string
  host: 'node' | 'browser'
  trace?: string
  chromeTrace?: string
  seed?: number
}

function parseRunArgs(args: string[]): RunArgs | string {
  const parsed: Partial<RunArgs> = { host: 'node' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const value = () => {
      const next = args[++i]
      if (next === undefined) throw new Error(`${arg} needs a value.`)
      return next
    }
    if (arg === '--host') {
      const host = value()
      if (host !== 'node' && host !== 'browser') return `--host must be "node" or "browser", not "${host}".`
      parsed.host = host
    } else if (arg === '--trace') parsed.trace = value()
    else if (arg === '--chrome-trace') parsed.chromeTrace = value()
    else if (arg === '--seed') parsed.seed = Number(value())
    else if (arg.startsWith('-')) return `Unknown option ${arg}.`
    else if (parsed.file === undefined) parsed.file = arg
    else return `Only one file can be run at a time (got ${parsed.file} and ${arg}).`
  }
  if (!parsed.file) return 'Which file should run? Give its path.'
  return parsed as RunArgs
}

async function run(args: RunArgs): Promise<number> {
  let source: string
  try {
    source = readFileSync(resolve(args.file), 'utf8')
  } catch (error) {
    process.stderr.write(`looplab: cannot read ${args.file}: ${(error as Error).message}\n`)
    return 2
  }
  if (args.file.endsWith('.py')) {
    const { runPythonFile } = await import('./runPythonFile.ts')
    return runPythonFile({ ...args, file: resolve(args.file), source })
  }
  const result = runInNode(
    source,
    { host: args.host, ...(args.seed !== undefined ? { seed: args.seed } : {}) },
    {
      onOutput: (stream, text) => (stream === 'stdout' ? process.stdout : process.stderr).write(text),
    },
  )
  if (result.program && result.outcome) {
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

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'run') {
    const args = parseRunArgs(rest)
    if (typeof args === 'string') {
      process.stderr.write(`looplab: ${args}\n\n${USAGE}`)
      return 2
    }
    return await run(args)
  }
  if (command === 'lessons' && rest[0] === 'check') {
    const { checkLessons } = await import('./lessonsCheck.ts')
    return checkLessons()
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE)
    return command === undefined ? 2 : 0
  }
  process.stderr.write(`looplab: unknown command "${command}".\n\n${USAGE}`)
  return 2
}
