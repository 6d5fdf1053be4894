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
  const options = { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, useDefineForClassFields: true }
  const asJavaScript = ts.transpileModule(source, {
    fileName: 'program.js',
    reportDiagnostics: true,
    compilerOptions: { ...options, allowJs: true },
  })
  const asTypeScript = ts.transpileModule(source, { fileName: 'program.ts', compilerOptions: options })
  if ((asJavaScript.diagnostics ?? []).length === 0 && asJavaScript.outputText === asTypeScript.outputText) return source
  return ts.transpileModule(source, {
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.ESNext,
      useDefineForClassFields: true,
      verbatimModuleSyntax: false,
    },
  }).outputText
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
