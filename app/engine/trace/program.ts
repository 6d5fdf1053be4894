import type { LocationId } from './ids.ts'

/** A span of the learner's original TypeScript, 1-based like editors show it. */
export interface SourceSpan {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type FunctionKind =
  'module' | 'function' | 'arrow' | 'method' | 'getter' | 'setter' | 'constructor' | 'generator' | 'async' | 'async-generator'

/** A function of the learner's program, as the call stack and timeline name it. */
export interface FunctionInfo {
  name: string
  kind: FunctionKind
  loc: LocationId
}

/** What a location marks, so the UI can describe it ("await", "statement"…). */
export type LocationRole = 'statement' | 'function' | 'await' | 'yield' | 'loop' | 'call' | 'for-await'

/**
 * What the compiler learned about a program: its source, and the tables that
 * trace events point into. Index 0 of `locations` is "no location"; index 0 of
 * `functions` is the module's top level.
 */
export interface ProgramInfo {
  source: string
  fileName: string
  locations: readonly (SourceSpan & { role: LocationRole })[]
  functions: readonly FunctionInfo[]
}
