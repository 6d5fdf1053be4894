/**
 * The `looplab` command line, parsed: which command, with which options.
 * Parsing only — running a file is the job of the runner for its language
 * (runTypeScript.ts for .ts/.js; other languages add theirs beside it).
 */

/** Limits the learner sets on a run; `undefined` means the CLI's default. */
export interface LimitArgs {
  maxSteps?: number
  maxVirtualMs?: number
  maxWallMs?: number
  /** `--no-limits`: no step, virtual-time or wall-time bound at all. */
  noLimits: boolean
}

/** `looplab run FILE …`. */
export interface RunArgs {
  file: string
  host: 'node' | 'browser'
  trace?: string
  chromeTrace?: string
  seed?: number
  limits: LimitArgs
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; args: RunArgs }
  | { kind: 'lessons-check' }
  /** Bad usage: the message, and the exit code 2. */
  | { kind: 'usage-error'; message: string }

export const USAGE = `Usage: looplab <command> [options]

Commands:
  looplab run FILE [options]
      Runs FILE (TypeScript or JavaScript) on Looplab's modeled event loop, the
      way \`node FILE\` would: console output on stdout/stderr, the program's
      exit code. Node's modules (node:events, node:timers/promises, node:util,
      node:fs, node:http…) run on the same modeled loop. A FILE ending in .py
      runs as Python on Looplab's virtual-time asyncio loop, printing and
      exiting as \`python3 FILE\` does (--trace, --chrome-trace, --seed too).
  looplab lessons check
      Validates every lesson, runs every example and checks every exercise.

Options of run:
  --host node|browser    The event loop to model (default: node).
  --trace OUT.json       Also write the Looplab trace (open it in the app).
  --chrome-trace OUT.json
                         Also write a trace Perfetto and Chrome DevTools open.
  --seed N               Seed of Math.random (default 1).
  --max-steps N          Stop after N statements.
  --max-virtual-ms N     Stop after N ms of virtual time.
  --max-wall-ms N        Stop after N ms of real time.
  --no-limits            No step, virtual-time or wall-time limit.
  By default a run is only stopped after 10 minutes of real time (a program
  that never ends), so any program Node finishes within a minute finishes.

Other options:
  -h, --help             Show this help.
  -v, --version          Show Looplab's version (and the Node it models).
`

function positiveNumber(flag: string, text: string | undefined): number | string {
  if (text === undefined) return `${flag} needs a number.`
  const value = Number(text.replace(/_/g, ''))
  if (!Number.isFinite(value) || value <= 0) return `${flag} needs a positive number, not "${text}".`
  return value
}

function parseRun(args: readonly string[]): Command {
  const run: Partial<RunArgs> & { limits: LimitArgs } = { host: 'node', limits: { noLimits: false } }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => inline ?? args[++i]
    const number = (): number | string => positiveNumber(flag, value())
    switch (flag) {
      case '--host': {
        const host = value()
        if (host !== 'node' && host !== 'browser')
          return { kind: 'usage-error', message: `--host must be "node" or "browser", not "${host ?? ''}".` }
        run.host = host
        break
      }
      case '--trace':
      case '--chrome-trace': {
        const out = value()
        if (!out) return { kind: 'usage-error', message: `${flag} needs a file name.` }
        if (flag === '--trace') run.trace = out
        else run.chromeTrace = out
        break
      }
      case '--seed': {
        const seed = Number(value())
        if (!Number.isInteger(seed)) return { kind: 'usage-error', message: '--seed needs an integer.' }
        run.seed = seed
        break
      }
      case '--max-steps':
      case '--max-virtual-ms':
      case '--max-wall-ms': {
        const n = number()
        if (typeof n === 'string') return { kind: 'usage-error', message: n }
        if (flag === '--max-steps') run.limits.maxSteps = n
        else if (flag === '--max-virtual-ms') run.limits.maxVirtualMs = n
        else run.limits.maxWallMs = n
        break
      }
      case '--no-limits':
        run.limits.noLimits = true
        break
      case '-h':
      case '--help':
        return { kind: 'help' }
      default:
        if (arg.startsWith('-')) return { kind: 'usage-error', message: `Unknown option ${arg}.` }
        if (run.file !== undefined)
          return { kind: 'usage-error', message: `Only one file can be run at a time (got ${run.file} and ${arg}).` }
        run.file = arg
    }
  }
  if (!run.file) return { kind: 'usage-error', message: 'Which file should run? Give its path: looplab run FILE' }
  if (run.limits.noLimits && (run.limits.maxSteps ?? run.limits.maxVirtualMs ?? run.limits.maxWallMs) !== undefined) {
    return { kind: 'usage-error', message: '--no-limits cannot be combined with --max-steps, --max-virtual-ms or --max-wall-ms.' }
  }
  return { kind: 'run', args: run as RunArgs }
}

/** Parses `process.argv.slice(2)`. */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv
  if (command === undefined) return { kind: 'usage-error', message: 'Give a command.' }
  if (command === '-h' || command === '--help' || command === 'help') return { kind: 'help' }
  if (command === '-v' || command === '--version' || command === 'version') return { kind: 'version' }
  if (command === 'run') return parseRun(rest)
  if (command === 'lessons' && rest[0] === 'check' && rest.length === 1) return { kind: 'lessons-check' }
  if (command === 'lessons') return { kind: 'usage-error', message: 'Did you mean `looplab lessons check`?' }
  return { kind: 'usage-error', message: `Unknown command "${command}".` }
}
