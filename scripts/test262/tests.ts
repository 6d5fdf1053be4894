/**
 * Finding and building test262 tests: the YAML frontmatter of each file
 * (flags, includes, negative, features), and the program both runtimes get:
 * the harness includes followed by the test, run as one strict module, as
 * Looplab treats every program.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parse } from 'yaml'

/** The part of a test's frontmatter the runner acts on. */
export interface TestMeta {
  flags: string[]
  includes: string[]
  features: string[]
  negative?: { phase: 'parse' | 'resolution' | 'runtime'; type: string }
}

/** A test, ready to run on both sides. */
export interface Test262Case {
  /** Path relative to the checkout's `test/` folder, with `/` separators. */
  path: string
  meta: TestMeta
  /** The program: harness includes, then the test. */
  source: string
}

/** The folders issue 13 measures, relative to `test/`. */
export const DEFAULT_FOLDERS = [
  'built-ins/Promise',
  'built-ins/AsyncFunction',
  'built-ins/AsyncGeneratorFunction',
  'built-ins/AsyncGeneratorPrototype',
  'built-ins/AsyncFromSyncIteratorPrototype',
  'built-ins/AsyncIteratorPrototype',
  'language/expressions/await',
  'language/expressions/async-function',
  'language/expressions/async-arrow-function',
  'language/expressions/async-generator',
  'language/statements/async-function',
  'language/statements/async-generator',
  'language/statements/for-await-of',
  'language/statements/class/*async*',
  'language/expressions/class/*async*',
]

const FRONTMATTER = /\/\*---([\s\S]*?)---\*\//

export function parseMeta(text: string): TestMeta {
  const match = FRONTMATTER.exec(text)
  const raw = (match ? parse(match[1]!) : {}) as Partial<Record<keyof TestMeta, unknown>>
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])
  const meta: TestMeta = { flags: list(raw.flags), includes: list(raw.includes), features: list(raw.features) }
  const negative = raw.negative as { phase?: string; type?: string } | undefined
  if (negative?.phase && negative.type) meta.negative = { phase: negative.phase as 'parse', type: negative.type }
  return meta
}

/**
 * Every test file under `folder` (a `*async*` last segment keeps the files
 * below the parent whose path contains "async"), fixtures excluded.
 */
export function listTests(testRoot: string, folder: string): string[] {
  const glob = /^(.*)\/\*(\w[\w-]*)\*$/.exec(folder)
  const base = join(testRoot, glob ? glob[1]! : folder)
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry.endsWith('.js') && !entry.includes('_FIXTURE')) files.push(path)
    }
  }
  walk(base)
  const paths = files.map((file) => relative(testRoot, file).split(sep).join('/'))
  return glob ? paths.filter((path) => path.slice(glob[1]!.length).includes(glob[2]!)) : paths
}

const harnessCache = new Map<string, string>()

function harnessFile(harnessRoot: string, name: string): string {
  let text = harnessCache.get(name)
  if (text === undefined) {
    text = readFileSync(join(harnessRoot, name), 'utf8')
    harnessCache.set(name, text)
  }
  return text
}

/**
 * The program for one test. In a module, the harness's function declarations
 * are not properties of the global object, which `asyncHelpers.js` checks for
 * `$DONE`; the preamble puts `print` (how `doneprintHandle.js` reports) and
 * `$DONE` there, as a script-run harness would have them.
 */
export function buildCase(checkout: string, path: string): Test262Case {
  const text = readFileSync(join(checkout, 'test', path), 'utf8')
  const meta = parseMeta(text)
  if (meta.flags.includes('raw')) return { path, meta, source: text }
  const harnessRoot = join(checkout, 'harness')
  const includes = ['assert.js', 'sta.js']
  if (meta.flags.includes('async')) includes.push('doneprintHandle.js')
  for (const name of meta.includes) if (!includes.includes(name)) includes.push(name)
  const parts = ['globalThis.print = function (message) { console.log(message); };']
  for (const name of includes) parts.push(harnessFile(harnessRoot, name))
  if (meta.flags.includes('async')) parts.push('globalThis.$DONE = $DONE;')
  parts.push(text)
  return { path, meta, source: parts.join('\n') }
}

/** Tests that cannot be run as a module at all (sloppy-mode only). */
export function runnableAsModule(meta: TestMeta): boolean {
  return !meta.flags.includes('noStrict')
}
