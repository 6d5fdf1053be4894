import type { CompiledInput } from '../runtime/run.ts'
import type { CompileResult } from './diagnostics.ts'

/** What the runtime needs from a successful compilation (small enough to post to a worker). */
export function toRunInput(compiled: Extract<CompileResult, { ok: true }>): CompiledInput {
  const { program } = compiled
  return {
    code: compiled.code,
    hasTopLevelAwait: compiled.hasTopLevelAwait,
    moduleKind: compiled.moduleKind,
    functionTexts: compiled.functionTexts,
    mappings: compiled.mappings,
    codeLineOffset: compiled.codeLineOffset,
    source: program.source,
    positions: flattenPositions(program.locations),
    functionSpans: program.functions.slice(1).map((f) => {
      const span = program.locations[f.loc]!
      return { name: f.name, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn }
    }),
  }
}

function flattenPositions(locations: readonly { line: number; column: number }[]): number[] {
  const flat: number[] = []
  for (const location of locations) flat.push(location.line, location.column)
  return flat
}
