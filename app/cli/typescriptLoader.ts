/**
 * Loads the TypeScript compiler (a 9 MB CommonJS file) through V8's code
 * cache: `require('typescript')` parses and compiles it on every start,
 * which alone takes longer than a whole cached run.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import type ts from 'typescript'
import { cachePath, type CliContext } from './cache.ts'
import { cachedScript } from './codeCache.ts'

let loaded: typeof ts | undefined

export function loadTypeScript(context: CliContext): typeof ts {
  if (loaded) return loaded
  const require = createRequire(`${context.root}/package.json`)
  const file = require.resolve('typescript')
  const source = readFileSync(file, 'utf8')
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const { script, save } = cachedScript(wrapped, file, cachePath(context, 'typescript.v8cache'))
  const module = { exports: {} as typeof ts }
  const factory = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void
  factory(module.exports, createRequire(file), module, file, dirname(file))
  loaded = module.exports
  save()
  return loaded
}
