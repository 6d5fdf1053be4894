/**
 * A decoded source map for one generated file: for each generated line
 * (0-based), a flat list of [generatedColumn, sourceLine, sourceColumn]
 * triples (all 0-based), sorted by column.
 */
export type LineMappings = number[][]

/** The original (1-based) position of a generated (0-based line, 0-based column) position, if mapped. */
export function originalPosition(mappings: LineMappings, line: number, column: number): { line: number; column: number } | undefined {
  const segments = mappings[line]
  if (!segments || segments.length === 0) return undefined
  let best = -1
  for (let i = 0; i < segments.length; i += 3) {
    if (segments[i]! <= column) best = i
    else break
  }
  if (best < 0) best = 0
  return { line: segments[best + 1]! + 1, column: segments[best + 2]! + 1 }
}
