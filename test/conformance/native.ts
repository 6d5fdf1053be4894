/**
 * Runs a conformance program natively, as the judge: the TypeScript source is
 * transpiled (types stripped, nothing lowered) and executed by the `node` on
 * PATH as an ES module, exactly as a learner would run it with `node file.mjs`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { compileProgram } from '../../app/engine/compile/compile.ts'

export interface NativeResult {
  stdout: string
  stderr: string
  exitCode: number
}

/**
 * Strips types only; the output keeps every modern construct for V8 to run.
 * A program that is already plain JavaScript runs verbatim, so that printing a
 * function's source shows exactly what was written.
 */
export function stripTypes(source: string): string {
  if (isPlainJavaScript(source)) return source
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
      verbatimModuleSyntax: false,
    },
  }).outputText
}

/**
 * Whether the program is already plain JavaScript: it parses as JavaScript and
 * stripping types would change nothing. TypeScript's parser refuses `in` inside
 * an array literal in a `for` head (its error 1005 at the `in`), which
 * JavaScript allows: such an `in` is read as `>=` (same length and precedence)
 * for the question, as the engine's compiler does.
 */
function isPlainJavaScript(source: string): boolean {
  const options = { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, useDefineForClassFields: true }
  let text = source
  for (let round = 0; round < 16; round++) {
    const asJavaScript = ts.transpileModule(text, {
      fileName: 'program.js',
      reportDiagnostics: true,
      compilerOptions: { ...options, allowJs: true },
    })
    const diagnostics = asJavaScript.diagnostics ?? []
    if (diagnostics.length === 0) {
      return asJavaScript.outputText === ts.transpileModule(text, { fileName: 'program.ts', compilerOptions: options }).outputText
    }
    const misread = diagnostics.filter((d) => d.code === 1005 && d.start !== undefined && /^in\b/.test(text.slice(d.start, d.start + 3)))
    if (misread.length === 0) return false
    for (const d of misread) text = `${text.slice(0, d.start)}>=${text.slice(d.start! + 2)}`
  }
  return false
}

let scratch: string | undefined

/** How a native run is set up. */
export interface NativeOptions {
  /** Files written to the program's working directory before it runs (path → text). */
  files?: Record<string, string>
  /** Run the source as written (plain JavaScript whose positions matter), without stripping types. */
  verbatim?: boolean
}

/**
 * Runs the program with the `node` on PATH, in a fresh working directory.
 * A program Looplab runs as CommonJS (it calls `require`, has no
 * import/export) is written as `.cjs`, as Node would run it; others as `.mjs`.
 */
export function runNative(source: string, name = 'program', timeoutMs = 10_000, options: NativeOptions = {}): Promise<NativeResult> {
  scratch ??= mkdtempSync(join(tmpdir(), 'looplab-native-'))
  const compiled = compileProgram(ts, source)
  const extension = compiled.ok && compiled.moduleKind === 'commonjs' ? 'cjs' : 'mjs'
  const cwd = mkdtempSync(join(scratch, `${name.replace(/[^\w-]/g, '_')}-`))
  for (const [path, text] of Object.entries(options.files ?? {})) {
    const target = join(cwd, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  const file = join(cwd, `main.${extension}`)
  writeFileSync(file, options.verbatim ? source : stripTypes(source))
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ stdout, stderr, exitCode: code ?? (signal ? 128 : 1) }))
  })
}
