import type ts from 'typescript'
import type { LocationId } from '../trace/ids.ts'
import type { FunctionInfo, FunctionKind, LocationRole, SourceSpan } from '../trace/program.ts'

/** Builds the program's location and function tables while the transformer walks it. */
export class LocationTable {
  readonly locations: (SourceSpan & { role: LocationRole })[] = [{ line: 0, column: 0, endLine: 0, endColumn: 0, role: 'statement' }]
  readonly functions: FunctionInfo[] = [{ name: '(module)', kind: 'module', loc: 0 as LocationId }]

  /** `text`: the learner's source, when the parsed file's text differs from it only in spelling (same positions). */
  constructor(
    private readonly file: ts.SourceFile,
    private readonly text = file.text,
  ) {}

  /** A location for the original node, or 0 when the node has no position in the source. */
  add(node: ts.Node, role: LocationRole): LocationId {
    if (node.pos < 0 || node.end < 0) return 0 as LocationId
    const start = this.file.getLineAndCharacterOfPosition(skipTrivia(this.file.text, node.pos))
    const end = this.file.getLineAndCharacterOfPosition(node.end)
    this.locations.push({ line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, role })
    return (this.locations.length - 1) as LocationId
  }

  /** The original source text of each function, by function id (what `toString` shows). */
  readonly functionTexts: string[] = ['']

  /** `textStart`: where the function's source text begins, when not at the node's first token (after `static`, `export`…). */
  addFunction(name: string, kind: FunctionKind, loc: LocationId, node?: ts.Node, textStart?: number): number {
    this.functions.push({ name, kind, loc })
    this.functionTexts.push(node && node.pos >= 0 ? this.text.slice(textStart ?? skipTrivia(this.text, node.pos), node.end) : '')
    return this.functions.length - 1
  }
}

/** Position of the first token at or after `pos` (skips whitespace and comments). */
/** The position of the first token at or after `pos` (whitespace and comments skipped). */
export function skipTrivia(text: string, pos: number): number {
  let i = pos
  while (i < text.length) {
    const ch = text.charCodeAt(i)
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 11 || ch === 12 || ch === 0xa0 || ch === 0xfeff) {
      i++
    } else if (ch === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++
    } else if (ch === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2)
      i = close < 0 ? text.length : close + 2
    } else break
  }
  return i
}
