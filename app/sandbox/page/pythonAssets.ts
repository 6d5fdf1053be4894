/**
 * Pyodide's files and Looplab's Python runtime, fetched once (same origin; kept in
 * the Pyodide cache for offline use, see pyodideCache.ts) and handed to each sandbox that
 * will run Python. Nothing here is loaded before a learner first picks Python.
 */
import { PYODIDE_URLS } from 'virtual:looplab-pyodide'
import type { PythonAssets } from '../protocol.ts'
import { fetchPyodideFile } from './pyodideCache.ts'

let fetched: Promise<PythonAssets> | undefined

async function fetchBlob(url: string): Promise<Blob> {
  return (await fetchPyodideFile(url)).blob()
}

async function fetchText(url: string): Promise<string> {
  return (await fetchPyodideFile(url)).text()
}

async function runtimeSources(): Promise<Record<string, string>> {
  const modules = import.meta.glob<string>('../../engine/python/runtime/looplab/*.py', { query: '?raw', import: 'default' })
  const entries = await Promise.all(Object.entries(modules).map(async ([path, load]) => [path.split('/').pop()!, await load()] as const))
  return Object.fromEntries(entries)
}

function fetchAll(): Promise<PythonAssets> {
  return Promise.all([
    fetchBlob(PYODIDE_URLS['pyodide.js']),
    fetchBlob(PYODIDE_URLS['pyodide.asm.js']),
    fetchBlob(PYODIDE_URLS['pyodide.asm.wasm']),
    fetchBlob(PYODIDE_URLS['python_stdlib.zip']),
    fetchText(PYODIDE_URLS['pyodide-lock.json']),
    runtimeSources(),
  ]).then(([loader, core, wasm, stdlib, lock, runtime]) => ({ loader, core, wasm, stdlib, lock, runtime }))
}

/** The assets for a sandbox: the same immutable Blobs for every one (nothing is copied here). */
export function pythonAssets(): Promise<PythonAssets> {
  fetched ??= fetchAll()
  fetched.catch(() => (fetched = undefined))
  return fetched
}
