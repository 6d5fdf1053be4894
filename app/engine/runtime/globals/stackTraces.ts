import type { LineMappings } from '../../compile/sourceMap.ts'
import { originalPosition } from '../../compile/sourceMap.ts'
import { ArrayPrototypeJoin, ArrayPrototypePush, ErrorPrototypeToString, ObjectDefineProperty } from '../primordials.ts'

/** What V8 hands `Error.prepareStackTrace` for each frame (the methods used here). */
interface CallSite {
  isEval(): boolean
  getLineNumber(): number | null
  getColumnNumber(): number | null
}

/** Where a function of the learner's program starts and ends (1-based), and its name. */
export interface FunctionSpan {
  name: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** `new Function` puts two lines (`(function anonymous($ll`, `) {`) before the body. */
const FUNCTION_HEADER_LINES = 2

/**
 * Makes `error.stack` read like the learner's program: frames of their code
 * point at main.ts lines and columns (through the compiler's source map);
 * frames of the modeled runtime are left out, as a real host's internals are.
 * Both profiles run on V8, whose `Error.prepareStackTrace` hook this uses.
 */
export function installStackTraces(
  errorConstructor: object,
  mappings: LineMappings,
  codeLineOffset: number,
  functions: readonly FunctionSpan[],
  fileLabel = 'main.ts',
): void {
  /** The innermost function of the learner's whose span holds the position. */
  function enclosingFunction(line: number, column: number): string | undefined {
    let best: FunctionSpan | undefined
    for (let i = 0; i < functions.length; i++) {
      const f = functions[i]!
      const starts = f.line < line || (f.line === line && f.column <= column)
      const ends = f.endLine > line || (f.endLine === line && f.endColumn >= column)
      if (starts && ends && (!best || f.line > best.line || (f.line === best.line && f.column >= best.column))) best = f
    }
    return best?.name
  }

  function prepareStackTrace(error: unknown, callSites: CallSite[]): string {
    let header: string
    try {
      header = ErrorPrototypeToString(error)
    } catch {
      header = 'Error'
    }
    const lines: string[] = [header]
    for (let i = 0; i < callSites.length; i++) {
      const site = callSites[i]!
      if (!site.isEval()) continue
      const line = site.getLineNumber()
      const column = site.getColumnNumber()
      if (line === null || column === null) continue
      const position = originalPosition(mappings, line - 1 - FUNCTION_HEADER_LINES - codeLineOffset, column - 1)
      if (!position) continue
      const where = `${fileLabel}:${position.line}:${position.column}`
      const name = enclosingFunction(position.line, position.column)
      ArrayPrototypePush(lines, name && name !== '(anonymous)' ? `    at ${name} (${where})` : `    at ${where}`)
    }
    return ArrayPrototypeJoin(lines, '\n')
  }
  ObjectDefineProperty(errorConstructor, 'prepareStackTrace', {
    value: prepareStackTrace,
    writable: true,
    enumerable: false,
    configurable: true,
  })
}
