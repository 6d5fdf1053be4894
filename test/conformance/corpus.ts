import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface CorpusProgram {
  /** Path relative to the corpus root, e.g. `promises/then-chain.ts`. */
  name: string
  source: string
  host: 'node' | 'browser'
  /**
   * Files the program expects to find (path relative to its working
   * directory → text), from a `<name>.files.json` beside it: written to the
   * native run's directory, and given to the engine as `world.files`.
   */
  files?: Record<string, string>
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
    const sidecar = path.replace(/\.ts$/, '.files.json')
    const files = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>) : undefined
    return {
      name: relative(root, path),
      source,
      host: /^\/\/ @host browser\b/m.test(source) ? 'browser' : 'node',
      ...(files ? { files } : {}),
    }
  })
}

/** Stack frames are machine-specific (file paths, internals): both sides drop them before comparing. */
export function withoutStackFrames(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n')
}
