import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface CorpusProgram {
  /** Path relative to the corpus root, e.g. `promises/then-chain.ts`. */
  name: string
  source: string
  host: 'node' | 'browser'
  /**
   * Programs under `early-errors/` are plain JavaScript that V8 refuses to
   * compile: they run verbatim (no type stripping, which would move the
   * positions) and are compared by the SyntaxError's message and position.
   */
  earlyError: boolean
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
    const name = relative(root, path)
    const sidecar = path.replace(/\.ts$/, '.files.json')
    const files = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>) : undefined
    return {
      name,
      source,
      host: /^\/\/ @host browser\b/m.test(source) ? 'browser' : 'node',
      earlyError: name.startsWith(`early-errors${sep}`),
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

/** A SyntaxError as V8 reports it before running anything: message and 1-based position. */
export interface EarlySyntaxError {
  message: string
  line: number
  column: number
}

/**
 * The SyntaxError in Node's stderr when it refused to load a module: the
 * first line is `file:…:LINE`, the third a caret under the offending token,
 * and later `SyntaxError: MESSAGE`.
 */
export function nodeSyntaxError(stderr: string): EarlySyntaxError | undefined {
  const lines = stderr.split('\n')
  const where = /:(\d+)$/.exec(lines[0] ?? '')
  const caret = lines[2]?.indexOf('^') ?? -1
  const message = lines.find((line) => line.startsWith('SyntaxError: '))
  if (!where || caret < 0 || !message) return undefined
  return { message: message.slice('SyntaxError: '.length), line: Number(where[1]), column: caret + 1 }
}
