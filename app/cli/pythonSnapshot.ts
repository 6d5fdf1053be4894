import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { installPythonRuntime, pyodideStartOptions, type PyodideLike } from '../engine/python/pythonRun.ts'
import { pythonRuntimeFiles } from './pythonRuntimeFiles.ts'

/**
 * Memory snapshots of a started Pyodide with Looplab's runtime imported. Starting from one skips
 * CPython's start-up and the imports of asyncio and the runtime: seconds on a slow machine. The
 * build ships one for the sandbox (build/pyodidePlugin.ts); the CLI and the tests keep one in
 * node_modules/.cache/looplab.
 *
 * An interpreter is always started the same way (`pyodideStartOptions`), and Pyodide refuses a
 * snapshot made by another build of itself. What lives outside the wasm memory (the in-memory
 * file system) is not in a snapshot: whoever starts from one writes the runtime's files again,
 * and `installPythonRuntime` imports them again only if they differ from the ones imported here.
 */
export interface PythonSnapshot {
  /** The snapshot, gzip-compressed. */
  gzipped: Buffer
  /** Its size before compression. */
  rawBytes: number
  /** A digest of the Pyodide version and the runtime's sources: names the file, so a cache never serves an old one. */
  key: string
}

/** Modules learners' programs commonly import, imported into the snapshot so their first import costs nothing. */
const WARM_MODULES = [
  'asyncio',
  'collections',
  'concurrent.futures',
  'contextlib',
  'dataclasses',
  'datetime',
  'enum',
  'functools',
  'itertools',
  'json',
  'random',
  'string',
  'textwrap',
  'time',
  'traceback',
  'typing',
]

const require = createRequire(import.meta.url)

/** The version of the `pyodide` package installed. */
export function pyodideVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('pyodide/package.json'), 'utf8')) as { version: string }).version
}

/** The key of the snapshot that {@link makePythonSnapshot} would make now. */
export function pythonSnapshotKey(version: string): string {
  const hash = createHash('sha256').update(`pyodide ${version}\n`)
  for (const [name, text] of Object.entries(pythonRuntimeFiles()).sort(([a], [b]) => a.localeCompare(b))) hash.update(`${name}\n${text}\n`)
  return hash.digest('hex').slice(0, 12)
}

/** Starts Pyodide as the sandbox does; from `snapshot` (uncompressed) when given. */
export async function startPython(options: { snapshot?: Uint8Array; makeSnapshot?: boolean } = {}): Promise<PyodideLike> {
  const { loadPyodide } = await import('pyodide')
  return await loadPyodide({
    ...pyodideStartOptions(),
    ...(options.snapshot ? { _loadSnapshot: options.snapshot } : {}),
    ...(options.makeSnapshot ? { _makeSnapshot: true } : {}),
  })
}

export async function makePythonSnapshot(version: string): Promise<PythonSnapshot> {
  const key = pythonSnapshotKey(version)
  const pyodide = (await startPython({ makeSnapshot: true })) as PyodideLike & { makeMemorySnapshot(): Uint8Array }
  installPythonRuntime(pyodide, pythonRuntimeFiles())
  pyodide.runPython(
    `import importlib, gc\nfor _name in ${JSON.stringify(WARM_MODULES)}: importlib.import_module(_name)\ndel _name\ngc.collect()`,
  )
  const raw = pyodide.makeMemorySnapshot()
  return { gzipped: gzipSync(raw, { level: 9 }), rawBytes: raw.length, key }
}

/** Where the CLI keeps its snapshot: beside the other caches of the node_modules that holds Pyodide. */
function cacheFile(key: string): string {
  const nodeModules = dirname(dirname(require.resolve('pyodide/package.json')))
  return join(nodeModules, '.cache', 'looplab', `python-snapshot-${key}.bin.gz`)
}

/** Snapshots of runtimes that changed since are of no use: removed when a new one is made. */
function forgetOtherSnapshots(kept: string): void {
  const dir = dirname(kept)
  for (const name of readdirSync(dir))
    if (name.startsWith('python-snapshot-') && join(dir, name) !== kept && !name.endsWith('.part')) rmSync(join(dir, name), { force: true })
}

/**
 * An interpreter started from the cached snapshot of the runtime as it is now, making and keeping
 * that snapshot first when there is none. Undefined when that fails (a read-only folder, a damaged
 * file): the caller starts Python as usual.
 */
export async function startFromCachedSnapshot(): Promise<PyodideLike | undefined> {
  let file: string | undefined
  try {
    file = cacheFile(pythonSnapshotKey(pyodideVersion()))
    let gzipped: Buffer
    try {
      gzipped = readFileSync(file)
    } catch {
      gzipped = (await makePythonSnapshot(pyodideVersion())).gzipped
      mkdirSync(dirname(file), { recursive: true })
      // Written aside and renamed: another process starting at the same moment never reads half a file.
      const partial = `${file}.${process.pid}.part`
      writeFileSync(partial, gzipped)
      renameSync(partial, file)
      forgetOtherSnapshots(file)
    }
    return await startPython({ snapshot: new Uint8Array(gunzipSync(gzipped)) })
  } catch {
    if (file) rmSync(file, { force: true })
    return undefined
  }
}
