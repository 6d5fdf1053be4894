import type ts from 'typescript'
import type { ProgramInfo } from '../trace/program.ts'
import type { LineMappings } from './sourceMap.ts'

/** A problem with the learner's program, pointing at the original TypeScript (1-based). */
export interface Diagnostic {
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** TypeScript's error code, when the problem came from its parser. */
  code?: number
}

/** The module kind Node would pick for the program. */
export type ModuleKind = 'module' | 'commonjs'

/** The compiler's answer: runnable code and its tables, or what is wrong and where. */
export type CompileResult =
  | {
      ok: true
      /** The body of `new Function('$ll', code)`: returns the module's completion. */
      code: string
      program: ProgramInfo
      hasTopLevelAwait: boolean
      /** How Node would run the program: an ES module, or CommonJS (it calls `require` and has no import/export). */
      moduleKind: ModuleKind
      /** Original source of each function, by function id (for `Function.prototype.toString`). */
      functionTexts: string[]
      /** Source map of the transpiled program: generated line → [column, source line, source column]… */
      mappings: LineMappings
      /** Lines of `code` before the transpiled program's first line. */
      codeLineOffset: number
    }
  | { ok: false; diagnostics: Diagnostic[] }

/** "line 3, column 7: …" — how diagnostics read in the status line and the CLI. */
export function formatDiagnostic(d: Diagnostic, fileName = 'main.ts'): string {
  return `${fileName}:${d.line}:${d.column} - error: ${d.message}`
}

/** A diagnostic covering `node` of `file`. */
export function diagnosticAt(file: ts.SourceFile, node: ts.Node, message: string): Diagnostic {
  const start = file.getLineAndCharacterOfPosition(node.getStart(file))
  const end = file.getLineAndCharacterOfPosition(node.getEnd())
  return { message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 }
}
