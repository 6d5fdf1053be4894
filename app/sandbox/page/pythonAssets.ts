/**
 * Pyodide's files and Looplab's Python runtime, fetched once (same origin; kept in
 * the Pyodide cache for offline use, see pyodideCache.ts) and handed to each sandbox that
 * will run Python. Nothing here is loaded before a learner first picks Python.
 */
import { PYODIDE_URLS, PYTHON_SNAPSHOT_URL } from 'virtual:looplab-pyodide'
import type { PythonAssets } from '../protocol.ts'
import { fetchPyodideFile, forgetOtherPyodideFiles } from './pyodideCache.ts'

async function fetchBlob(url: string): Promise<Blob> {
  return (await fetchPyodideFile(url)).blob()
}

async function fetchText(url: string): Promise<string> {
  return (await fetchPyodideFile(url)).text()
}

const GZIP_MAGIC = [0x1f, 0x8b]

/**
 * The memory snapshot, decompressed once here so that every sandbox starts from the same Blob. A
 * server that already undid the gzip (Content-Encoding) hands over the raw bytes, taken as they are.
 * Without a snapshot (an old cache, a failed fetch) Python still starts, only slower.
 */
async function fetchSnapshot(): Promise<Blob | undefined> {
  try {
    const compressed = await (await fetchPyodideFile(PYTHON_SNAPSHOT_URL)).blob()
    void forgetOtherPyodideFiles(PYTHON_SNAPSHOT_URL, 'looplab-snapshot-')
    const head = new Uint8Array(await compressed.slice(0, 2).arrayBuffer())
    if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) return compressed
    return await new Response(compressed.stream().pipeThrough(new DecompressionStream('gzip'))).blob()
  } catch (error) {
    console.warn('Looplab: Python will start without its snapshot:', error)
    return undefined
  }
}

async function runtimeSources(): Promise<Record<string, string>> {
  const modules = import.meta.glob<string>('../../engine/python/runtime/looplab/*.py', { query: '?raw', import: 'default' })
  const entries = await Promise.all(Object.entries(modules).map(async ([path, load]) => [path.split('/').pop()!, await load()] as const))
  return Object.fromEntries(entries)
}

/** Pyodide's files and the runtime, as they arrive: the snapshot (the largest) on its own. */
export interface PythonAssetsInFlight {
  assets: Promise<PythonAssets>
  /** Resolves to undefined when there is no snapshot to start from (never rejects). */
  snapshot: Promise<Blob | undefined>
}

let fetched: PythonAssetsInFlight | undefined

function fetchAll(): PythonAssetsInFlight {
  // Asked for first: the largest file, and the last one Python's start waits for.
  const snapshot = fetchSnapshot()
  const assets = Promise.all([
    fetchBlob(PYODIDE_URLS['pyodide.js']),
    fetchBlob(PYODIDE_URLS['pyodide.asm.js']),
    fetchBlob(PYODIDE_URLS['pyodide.asm.wasm']),
    fetchBlob(PYODIDE_URLS['python_stdlib.zip']),
    fetchText(PYODIDE_URLS['pyodide-lock.json']),
    runtimeSources(),
  ]).then(([loader, core, wasm, stdlib, lock, runtime]) => ({ loader, core, wasm, stdlib, lock, runtime }))
  return { assets, snapshot }
}

/** The assets for a sandbox: the same immutable Blobs for every one (nothing is copied here). */
export function pythonAssets(): PythonAssetsInFlight {
  const inFlight = (fetched ??= fetchAll())
  inFlight.assets.catch(() => {
    if (fetched === inFlight) fetched = undefined
  })
  return inFlight
}
