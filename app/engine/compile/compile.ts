import type ts from 'typescript'
import { decode } from '@jridgewell/sourcemap-codec'
import { findUnsupported } from './checks.ts'
import type { CompileResult, Diagnostic } from './diagnostics.ts'
import { createInstrumenter, type InstrumentOutput } from './instrument.ts'
import { LocationTable } from './locations.ts'
import { findEarlyErrors } from './earlyErrors.ts'
import { moduleKindOf, scanModules, type ModuleUse } from './modules.ts'
import { findStrictModeErrors } from './strictGrammar.ts'
import type { LineMappings } from './sourceMap.ts'

/** The names the compiled code takes from the runtime's hook object `$ll`. */
export const HOOK_NAMES = [
  's',
  'l',
  'e',
  'x',
  'eg',
  'xg',
  'ys',
  'yr',
  'a',
  'ag',
  'w',
  'y',
  'yy',
  'fa',
  'mk',
  'mc',
  'rq',
  'im',
  'v',
] as const

/** The CommonJS module-scope variables a `require`-style program gets from the runtime. */
const COMMONJS_NAMES = ['module', 'exports', '__filename', '__dirname'] as const

/**
 * TypeScript parser errors for code that is valid JavaScript, which the
 * program may use: 18030, "An optional chain cannot contain private
 * identifiers" (`this?.#field`).
 */
const VALID_JAVASCRIPT = new Set([18030])

/** Lines before the transpiled program inside `code` (the three wrapper lines above it). */
export const CODE_LINE_OFFSET = 3

/**
 * Compiles a learner's TypeScript program for the modeled runtime. The
 * TypeScript compiler API is passed in (it is large, and loaded lazily in the
 * browser). Syntax errors and unsupported constructs come back as
 * diagnostics with their line and column; the program is then not run.
 */
export function compileProgram(tsApi: typeof ts, source: string, fileName = 'main.ts'): CompileResult {
  let attempt = transpile(tsApi, source, source, fileName, new Set())
  // TypeScript's parser keeps `in` disallowed inside an array literal in a `for` head
  // (`for ([x = 'a' in o] of …)`), where ECMA-262 allows it again: such an `in` is read
  // as `>=` (same length and precedence, so every position holds) and turned back into
  // `in` before anything is emitted.
  const misread = new Set<number>()
  for (let round = 0; round < 16; round++) {
    const more = misreadInOperators(tsApi, source, attempt.result.diagnostics ?? []).filter((at) => !misread.has(at))
    if (more.length === 0) break
    for (const at of more) misread.add(at)
    let text = source
    for (const at of misread) text = `${text.slice(0, at)}>=${text.slice(at + 2)}`
    const retry = transpile(tsApi, text, source, fileName, misread)
    if (!retry.restoredAll) break
    attempt = retry
  }
  const { result, diagnostics, table, output, modules } = attempt

  const syntax = (result.diagnostics ?? []).filter((d) => !VALID_JAVASCRIPT.has(d.code)).map((d) => toDiagnostic(tsApi, d, source))
  const all = [...syntax, ...diagnostics]
  if (all.length > 0) return { ok: false, diagnostics: dedupe(all) }

  const hooks = HOOK_NAMES.map((name) => `${name}: $ll_${name}`).join(', ')
  const transpiled = result.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, '')
  const moduleKind = moduleKindOf(modules, output.hasTopLevelAwait)
  // CommonJS programs also get `module`, `exports`, `__filename` and `__dirname` (on the wrapper's line, so line offsets hold).
  const commonjs = moduleKind === 'commonjs' ? ` const { ${COMMONJS_NAMES.join(', ')} } = $ll.commonjs;` : ''
  const code = `"use strict";\nconst { ${hooks} } = $ll.hooks;${commonjs}\nreturn $ll.main(function* () {\n${transpiled}\n});`
  const mappings = result.sourceMapText ? decodeMappings((JSON.parse(result.sourceMapText) as { mappings: string }).mappings) : []
  return {
    ok: true,
    code,
    hasTopLevelAwait: output.hasTopLevelAwait,
    moduleKind,
    functionTexts: table!.functionTexts,
    mappings,
    codeLineOffset: CODE_LINE_OFFSET,
    program: { source, fileName, locations: table!.locations, functions: table!.functions },
  }
}

interface Attempt {
  result: ts.TranspileOutput
  diagnostics: Diagnostic[]
  table: LocationTable | undefined
  output: InstrumentOutput
  modules: ModuleUse
  /** Every `>=` standing for a misread `in` was found inside an array literal and turned back. */
  restoredAll: boolean
}

/**
 * One compilation of `text`, which is `source` except at `inOperators`, where
 * `in` is spelled `>=` (see `compileProgram`).
 */
function transpile(tsApi: typeof ts, text: string, source: string, fileName: string, inOperators: ReadonlySet<number>): Attempt {
  const diagnostics: Diagnostic[] = []
  let table: LocationTable | undefined
  const output: InstrumentOutput = { hasTopLevelAwait: false }
  const modules: ModuleUse = { declaresRequire: false, usesRequire: false, hasModuleSyntax: false, diagnostics: [] }
  let restored = 0

  const inspect: ts.TransformerFactory<ts.SourceFile> = () => (file) => {
    table = new LocationTable(file, source)
    Object.assign(modules, scanModules(tsApi, file))
    diagnostics.push(
      ...modules.diagnostics,
      ...findUnsupported(tsApi, file),
      ...findEarlyErrors(tsApi, file),
      ...findStrictModeErrors(tsApi, file),
    )
    return file
  }
  const restoreIn: ts.TransformerFactory<ts.SourceFile> = (context) => (file) => {
    const S = tsApi.SyntaxKind
    const f = context.factory
    const visit = (node: ts.Node, inArray: boolean): ts.Node => {
      if (
        tsApi.isBinaryExpression(node) &&
        node.operatorToken.kind === S.GreaterThanEqualsToken &&
        inOperators.has(node.operatorToken.end - 2) &&
        inArray
      ) {
        restored++
        const left = tsApi.visitNode(node.left, (child) => visit(child, inArray), tsApi.isExpression)
        const right = tsApi.visitNode(node.right, (child) => visit(child, inArray), tsApi.isExpression)
        return f.updateBinaryExpression(node, left, f.createToken(S.InKeyword), right)
      }
      const nested = inArray || tsApi.isArrayLiteralExpression(node)
      return tsApi.visitEachChild(node, (child) => visit(child, nested), context)
    }
    return inOperators.size === 0 ? file : (visit(file, false) as ts.SourceFile)
  }
  const instrument = createInstrumenter(tsApi, () => table!, diagnostics, output, modules)

  const result = tsApi.transpileModule(text, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: {
      target: tsApi.ScriptTarget.ESNext,
      module: tsApi.ModuleKind.ESNext,
      moduleDetection: tsApi.ModuleDetectionKind.Force,
      useDefineForClassFields: true,
      experimentalDecorators: false,
      removeComments: true,
      sourceMap: true,
      newLine: tsApi.NewLineKind.LineFeed,
    },
    transformers: { before: [inspect, restoreIn], after: [instrument] },
  })
  return { result, diagnostics, table, output, modules, restoredAll: restored === inOperators.size }
}

/** Where TypeScript's parser stopped at an `in` keyword, expecting a comma (its error 1005). */
function misreadInOperators(tsApi: typeof ts, source: string, diagnostics: readonly ts.Diagnostic[]): number[] {
  const isPart = (at: number) => at >= 0 && at < source.length && tsApi.isIdentifierPart(source.charCodeAt(at), tsApi.ScriptTarget.ESNext)
  return diagnostics
    .filter((d) => d.code === 1005 && d.start !== undefined)
    .map((d) => d.start!)
    .filter((at) => source.startsWith('in', at) && !isPart(at - 1) && !isPart(at + 2) && source.charCodeAt(at - 1) !== 46)
}

function toDiagnostic(tsApi: typeof ts, d: ts.Diagnostic, source: string): Diagnostic {
  const message = tsApi.flattenDiagnosticMessageText(d.messageText, '\n')
  if (d.start === undefined) return { message, line: 1, column: 1, endLine: 1, endColumn: 1, code: d.code }
  const file = d.file ?? tsApi.createSourceFile('main.ts', source, tsApi.ScriptTarget.ESNext)
  const start = file.getLineAndCharacterOfPosition(d.start)
  const end = file.getLineAndCharacterOfPosition(d.start + (d.length ?? 0))
  return { message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, code: d.code }
}

/** One diagnostic per position: the first found (a parser error, then an early error) says it best. */
function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return list
    .filter((d) => {
      const key = `${d.line}:${d.column}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.line - b.line || a.column - b.column)
}

/** The `mappings` of TypeScript's single-source map, decoded (VLQ) by the maintained codec and flattened per line. */
function decodeMappings(mappings: string): LineMappings {
  return decode(mappings).map((segments) => segments.flatMap((s) => (s.length === 4 || s.length === 5 ? [s[0], s[2], s[3]] : [])))
}
