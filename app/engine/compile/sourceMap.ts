const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * A decoded source map for one generated file: for each generated line
 * (0-based), a flat list of [generatedColumn, sourceLine, sourceColumn]
 * triples (all 0-based), sorted by column.
 */
export type LineMappings = number[][]

/** Decodes the `mappings` field of a version-3 source map with a single source. */
export function decodeMappings(mappings: string): LineMappings {
  const lines: LineMappings = []
  let sourceLine = 0
  let sourceColumn = 0
  for (const lineText of mappings.split(';')) {
    const line: number[] = []
    let generatedColumn = 0
    if (lineText) {
      for (const segment of lineText.split(',')) {
        const values = decodeVlq(segment)
        generatedColumn += values[0] ?? 0
        if (values.length >= 4) {
          sourceLine += values[2]!
          sourceColumn += values[3]!
          line.push(generatedColumn, sourceLine, sourceColumn)
        }
      }
    }
    lines.push(line)
  }
  return lines
}

function decodeVlq(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    if (digit < 0) break
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

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
