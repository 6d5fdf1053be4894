/**
 * Pyodide's files and Looplab's Python runtime, fetched once (same origin; the
 * service worker keeps them for offline use) and handed to each sandbox that
 * will run Python. Nothing here is loaded before a learner first picks Python.
 */
import { PYODIDE_URLS } from 'virtual:looplab-pyodide'
import type { PythonAssets } from '../protocol.ts'

type Fetched = Omit<PythonAssets, 'runtime'> & { runtime: Record<string, string> }

let fetched: Promise<Fetched> | undefined

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`)
  return response.arrayBuffer()
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`)
  return response.text()
}

async function runtimeSources(): Promise<Record<string, string>> {
  const modules = import.meta.glob<string>('../../engine/python/runtime/looplab/*.py', { query: '?raw', import: 'default' })
  const entries = await Promise.all(Object.entries(modules).map(async ([path, load]) => [path.split('/').pop()!, await load()] as const))
  return Object.fromEntries(entries)
}

function fetchAll(): Promise<Fetched> {
  return Promise.all([
    fetchText(PYODIDE_URLS['pyodide.js']),
    fetchText(PYODIDE_URLS['pyodide.asm.js']),
    fetchBytes(PYODIDE_URLS['pyodide.asm.wasm']),
    fetchBytes(PYODIDE_URLS['python_stdlib.zip']),
    fetchText(PYODIDE_URLS['pyodide-lock.json']),
    runtimeSources(),
  ]).then(([loader, core, wasm, stdlib, lock, runtime]) => ({ loader, core, wasm, stdlib, lock, runtime }))
}

/** A fresh copy of the assets for one sandbox (its buffers are transferred, so each sandbox gets its own). */
export async function pythonAssets(): Promise<PythonAssets> {
  fetched ??= fetchAll()
  fetched.catch(() => (fetched = undefined))
  const assets = await fetched
  return { ...assets, wasm: assets.wasm.slice(0), stdlib: assets.stdlib.slice(0) }
}
