/**
 * What Node prints on stderr when an exception ends the program, so that a
 * copied tutorial's output matches:
 *
 *     file:///home/learner/main.ts:3
 *       throw new Error('boom')
 *       ^
 *
 *     Error: boom
 *         at f (file:///home/learner/main.ts:3:9)
 *
 *     Node.js v20.20.2
 *
 * The source line is where the exception was thrown when a callback threw
 * it, and where the error was created when the module's evaluation failed
 * or a rejection went unhandled (as Node decorates them). An unhandled
 * `'error'` event names `node:events` as Node does; a rejection with a
 * non-Error reason prints Node's `UnhandledPromiseRejection` error.
 */
import {
  ErrorCtor,
  FunctionPrototypeSymbolHasInstance,
  RegExpPrototypeExec,
  StringPrototypeRepeat,
  StringPrototypeSplit,
  ReflectGet,
  SymbolPrototypeToString,
  isObject,
} from '../../primordials.ts'

/** How an uncaught exception reached the host. */
export type CrashOrigin = 'callback' | 'module' | 'rejection'

/** What the report needs from the run. */
export interface CrashContext {
  /** The program's source. */
  source: string
  /** `file:///…/main.ts`, as Node names the entry file. */
  fileUrl: string
  /** `v20.20.2`. */
  nodeVersion: string
  /** Where a location of the program is (1-based), if known. */
  position(loc: number): { line: number; column: number } | undefined
  /** The stack frames of the `emit` that threw an unhandled 'error' event, if this error was one. */
  emitSite(error: unknown): string | undefined
}

const FRAME = /\((?:[^()]*?)(\d+):(\d+)\)$|at (?:[^ ]*?)(\d+):(\d+)$/

/** Line and column of the first stack frame of `error` that points into the program. */
function creationSite(error: unknown): { line: number; column: number } | undefined {
  if (!isObject(error)) return undefined
  let stack: unknown
  try {
    stack = ReflectGet(error, 'stack')
  } catch {
    return undefined
  }
  if (typeof stack !== 'string') return undefined
  const lines = StringPrototypeSplit(stack, '\n')
  for (let i = 1; i < lines.length; i++) {
    const match = RegExpPrototypeExec(FRAME, lines[i]!)
    if (match) return { line: +(match[1] ?? match[3])!, column: +(match[2] ?? match[4])! }
  }
  return undefined
}

function isError(value: unknown): boolean {
  try {
    return isObject(value) && FunctionPrototypeSymbolHasInstance(ErrorCtor, value)
  } catch {
    return false
  }
}

/** `file:…:N\n<source line>\n<caret>\n`. */
function sourceHeader(context: CrashContext, site: { line: number; column: number } | undefined): string {
  if (!site) return ''
  const lines = StringPrototypeSplit(context.source, '\n')
  const text = lines[site.line - 1] ?? ''
  return `${context.fileUrl}:${site.line}\n${text}\n${StringPrototypeRepeat(' ', site.column - 1)}^\n`
}

/**
 * The whole stderr text of the crash. `described` is the error as
 * `util.inspect` shows it; `loc` the statement that ran last.
 */
export function formatCrash(error: unknown, described: string, origin: CrashOrigin, loc: number, context: CrashContext): string {
  const footer = `\nNode.js ${context.nodeVersion}\n`
  const throwSite = () => context.position(loc)
  const emitted = context.emitSite(error)
  if (emitted !== undefined) {
    return `node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\n${described}\nEmitted 'error' event at:\n${emitted}\n${footer}`
  }
  if (!isError(error)) {
    if (origin === 'rejection') {
      const shown = noSideEffectsToString(error)
      return (
        'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n' +
        `UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${shown}".\n` +
        '    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n' +
        '    at processPromiseRejections (node:internal/process/promises:470:17)\n' +
        "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n" +
        footer
      )
    }
    const header =
      origin === 'module'
        ? 'node:internal/modules/run_main:123\n    triggerUncaughtException(\n    ^\n'
        : `\n${sourceHeader(context, throwSite())}`
    return `${header}${described}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n${footer}`
  }
  const site = origin === 'callback' ? throwSite() : (creationSite(error) ?? throwSite())
  return `${sourceHeader(context, site)}\n${described}\n${footer}`
}

/** V8's NoSideEffectsToString, as Node's rejection message uses it: `#<Object>` for objects. */
function noSideEffectsToString(value: unknown): string {
  if (!isObject(value)) return typeof value === 'symbol' ? SymbolPrototypeToString(value) : `${value as string}`
  let name = 'Object'
  try {
    const ctor = ReflectGet(value, 'constructor') as { name?: unknown } | undefined
    if (ctor && typeof ctor.name === 'string' && ctor.name !== '') name = ctor.name
  } catch {
    /* a throwing getter: keep Object */
  }
  return `#<${name}>`
}
