/**
 * Compiling programs for the CLI: a program compiled once (same source, same
 * compiler build) is read back from the cache instead of loading TypeScript.
 */
import { compileProgram } from '../engine/compile/compile.ts'
import type { CompileResult } from '../engine/compile/diagnostics.ts'
import { cachePath, hash, readCache, writeCache, type CliContext } from './cache.ts'
import { loadTypeScript } from './typescriptLoader.ts'

export function compileCached(source: string, context: CliContext): { result: CompileResult; cached: boolean } {
  const path = cachePath(context, 'compiled', `${hash(`${context.buildId}\n${source}`)}.json`)
  const stored = readCache(path)
  if (stored) {
    try {
      return { result: JSON.parse(stored.toString('utf8')) as CompileResult, cached: true }
    } catch {
      /* a damaged entry: compile again */
    }
  }
  const result = compileProgram(loadTypeScript(context), source)
  writeCache(path, JSON.stringify(result))
  return { result, cached: false }
}
