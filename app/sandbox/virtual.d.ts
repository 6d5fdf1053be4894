declare module 'virtual:looplab-sandbox-worker' {
  /** The sandbox worker's source, one classic script. */
  const source: string
  export default source
}

declare module 'virtual:looplab-pyodide' {
  /** The version of the `pyodide` package the site ships. */
  export const PYODIDE_VERSION: string
  /** Same-origin URLs of Pyodide's files (see build/pyodidePlugin.ts). */
  export const PYODIDE_URLS: Record<
    'pyodide.js' | 'pyodide.asm.js' | 'pyodide.asm.wasm' | 'python_stdlib.zip' | 'pyodide-lock.json',
    string
  >
  /** Same-origin URL of the gzip-compressed memory snapshot of Pyodide with Looplab's runtime imported (app/cli/pythonSnapshot.ts). */
  export const PYTHON_SNAPSHOT_URL: string
  export const PYODIDE_SCRIPT_URL_GLOBAL: string
}
