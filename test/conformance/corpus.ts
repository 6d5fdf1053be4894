import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface CorpusProgram {
  /** Path relative to the corpus root, e.g. `promises/then-chain.ts`. */
  name: string
  source: string
  host: 'node' | 'browser'
}

export const CORPUS_ROOT = join(import.meta.dirname, 'programs')

/** Every program of the conformance corpus, in a stable order. */
export function loadCorpus(root = CORPUS_ROOT): CorpusProgram[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.ts')) files.push(path)
    }
  }
  walk(root)
  return files.sort().map((path) => {
    const source = readFileSync(path, 'utf8')
    return { name: relative(root, path), source, host: /^\/\/ @host browser\b/m.test(source) ? 'browser' : 'node' }
  })
}

/** Stack frames are machine-specific (file paths, internals): both sides drop them before comparing. */
export function withoutStackFrames(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
}
