/**
 * Python in the sandbox worker: loads Pyodide from the bytes the page handed
 * in, then runs one learner program on Looplab's asyncio loop.
 *
 * The worker cannot fetch anything (opaque origin, `connect-src 'none'`), so
 * Pyodide's loader and core run from blob URLs and every file they ask for is
 * answered from memory by a stand-in `fetch`, installed only while Pyodide
 * loads. Pyodide's `js` module gets an empty object for the worker's globals.
 */
import { installPythonRuntime, pyodideStartOptions, type PyodideLike } from '../../engine/python/pythonRun.ts'
import type { PythonAssets } from '../protocol.ts'

interface LoaderScope {
  importScripts(...urls: string[]): void
  fetch: unknown
  loadPyodide?: (options: Record<string, unknown>) => Promise<unknown>
  _createPyodideModule?: unknown
  [key: string]: unknown
}

/** Where Pyodide believes its files live; nothing is ever fetched from there. */
const INDEX_URL = 'https://pyodide.looplab.invalid/'

export interface WorkerIntrinsics {
  Blob: typeof Blob
  createObjectURL: (blob: Blob) => string
  revokeObjectURL: (url: string) => void
  Response: typeof Response
  Headers: typeof Headers
  WebAssembly: typeof WebAssembly
}

/** Captured when the worker starts, before any learner code exists. */
export function captureIntrinsics(scope: Record<string, unknown>): WorkerIntrinsics {
  const url = scope.URL as typeof URL
  return {
    Blob: scope.Blob as typeof Blob,
    createObjectURL: url.createObjectURL.bind(url),
    revokeObjectURL: url.revokeObjectURL.bind(url),
    Response: scope.Response as typeof Response,
    Headers: scope.Headers as typeof Headers,
    WebAssembly: scope.WebAssembly as typeof WebAssembly,
  }
}

function runScript(scope: LoaderScope, intrinsics: WorkerIntrinsics, source: Blob): void {
  const url = intrinsics.createObjectURL(new intrinsics.Blob([source], { type: 'text/javascript' }))
  try {
    scope.importScripts(url)
  } finally {
    intrinsics.revokeObjectURL(url)
  }
}

type InstantiateStreaming = typeof WebAssembly.instantiateStreaming

/**
 * Pyodide's wasm, compiled as soon as its bytes are here (while the snapshot is still on its way);
 * the returned stand-in for `WebAssembly.instantiateStreaming` instantiates that module when Pyodide
 * asks, or compiles what Pyodide hands it if the early compile failed.
 */
function precompiledInstantiate(intrinsics: WorkerIntrinsics, wasm: Blob, original: InstantiateStreaming): InstantiateStreaming {
  const { WebAssembly: wasmApi, Response: ResponseClass } = intrinsics
  const compiled = wasmApi.compileStreaming(new ResponseClass(wasm, { headers: { 'Content-Type': 'application/wasm' } }))
  compiled.catch(() => undefined)
  return async (source, imports) => {
    let module: WebAssembly.Module
    try {
      module = await compiled
    } catch {
      return original.call(wasmApi, source, imports)
    }
    return { module, instance: await wasmApi.instantiate(module, imports) }
  }
}

/**
 * Loads Pyodide and Looplab's runtime package; resolves to the interpreter. `snapshot` (the last
 * file to arrive) is awaited only once the scripts have run and the wasm is compiling.
 */
export async function loadPython(
  scopeObject: Record<string, unknown>,
  intrinsics: WorkerIntrinsics,
  assets: PythonAssets,
  snapshot: Promise<Blob | undefined>,
): Promise<PyodideLike> {
  const scope = scopeObject as LoaderScope
  const files: Record<string, { body: Blob | string; type: string }> = {
    'pyodide.asm.wasm': { body: assets.wasm, type: 'application/wasm' },
    'python_stdlib.zip': { body: assets.stdlib, type: 'application/zip' },
    'pyodide-lock.json': { body: assets.lock, type: 'application/json' },
  }
  const realFetch = scope.fetch
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on the worker global, never called detached
  const realImportScripts = scope.importScripts
  const wasmApi = intrinsics.WebAssembly
  const realInstantiateStreaming = wasmApi.instantiateStreaming
  scope.fetch = (input: unknown) => {
    const name =
      String(input instanceof Request ? input.url : input)
        .split('/')
        .pop() ?? ''
    const file = files[name]
    if (!file) return Promise.reject(new TypeError(`Pyodide asked for ${name}, which the sandbox does not have.`))
    return Promise.resolve(
      new intrinsics.Response(file.body, { status: 200, headers: new intrinsics.Headers({ 'Content-Type': file.type }) }),
    )
  }
  scope.__looplabPyodideScriptURL = `${INDEX_URL}pyodide.asm.mjs`
  try {
    runScript(scope, intrinsics, assets.loader)
    runScript(scope, intrinsics, assets.core)
    wasmApi.instantiateStreaming = precompiledInstantiate(intrinsics, assets.wasm, realInstantiateStreaming)
    const loadPyodide = scope.loadPyodide
    const createPyodideModule = scope._createPyodideModule
    if (!loadPyodide || !createPyodideModule) throw new Error('Pyodide’s scripts did not define loadPyodide')
    // Pyodide refuses classic workers by probing importScripts with a data: URL; the CSP refuses it anyway.
    scope.importScripts = () => {
      throw new Error('importScripts is not available')
    }
    const options = {
      indexURL: INDEX_URL,
      createPyodideModule,
      lockFileContents: assets.lock,
      ...pyodideStartOptions(),
    }
    let pyodide: PyodideLike | undefined
    const snapshotBlob = await snapshot
    if (snapshotBlob) {
      try {
        const bytes = new Uint8Array(await snapshotBlob.arrayBuffer())
        pyodide = (await loadPyodide({ ...options, _loadSnapshot: bytes })) as PyodideLike
      } catch (error) {
        // A snapshot of another Pyodide build, or a damaged one: start from scratch instead.
        console.warn('Looplab: the Python snapshot was refused, starting Python from scratch:', error)
      }
    }
    pyodide ??= (await loadPyodide(options)) as PyodideLike
    installPythonRuntime(pyodide, assets.runtime)
    return pyodide
  } finally {
    scope.fetch = realFetch
    scope.importScripts = realImportScripts
    wasmApi.instantiateStreaming = realInstantiateStreaming
    // The loader's `var`s are non-configurable globals: they can be emptied, not deleted.
    for (const name of ['loadPyodide', '_createPyodideModule', '__looplabPyodideScriptURL']) scope[name] = undefined
  }
}
