import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { pythonRuntimeFiles } from '../app/cli/pythonNodeRunner.ts'
import { installPythonRuntime } from '../app/engine/python/pythonRun.ts'

/**
 * A memory snapshot of a started Pyodide with Looplab's runtime imported, made at build time in
 * Node: a sandbox that starts Python from it skips CPython's start-up and the imports of asyncio
 * and the runtime (seconds on a slow machine), which is most of the cold first Python run.
 *
 * The interpreter is started exactly as the sandbox starts it (an empty object for Pyodide's `js`
 * globals, the same HOME), and Pyodide refuses a snapshot made by another build of itself. What
 * lives outside the wasm memory (the in-memory file system) is not in the snapshot: the sandbox
 * writes the runtime's files again, and `installPythonRuntime` imports them again only if they
 * differ from the ones imported here.
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

/** The key of the snapshot that {@link makePythonSnapshot} would make now. */
export function pythonSnapshotKey(pyodideVersion: string): string {
  const hash = createHash('sha256').update(`pyodide ${pyodideVersion}\n`)
  for (const [name, text] of Object.entries(pythonRuntimeFiles()).sort(([a], [b]) => a.localeCompare(b))) hash.update(`${name}\n${text}\n`)
  return hash.digest('hex').slice(0, 12)
}

export async function makePythonSnapshot(pyodideVersion: string): Promise<PythonSnapshot> {
  const { loadPyodide } = await import('pyodide')
  const key = pythonSnapshotKey(pyodideVersion)
  const pyodide = await loadPyodide({
    jsglobals: Object.create(null) as object,
    stdout: () => undefined,
    stderr: () => undefined,
    env: { HOME: '/home/pyodide' },
    _makeSnapshot: true,
  })
  installPythonRuntime(pyodide, pythonRuntimeFiles())
  pyodide.runPython(
    `import importlib, gc\nfor _name in ${JSON.stringify(WARM_MODULES)}: importlib.import_module(_name)\ndel _name\ngc.collect()`,
  )
  const raw = pyodide.makeMemorySnapshot()
  return { gzipped: gzipSync(raw, { level: 9 }), rawBytes: raw.length, key }
}
