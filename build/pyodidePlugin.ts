import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { makePythonSnapshot, pythonSnapshotKey, type PythonSnapshot } from '../app/cli/pythonSnapshot.ts'

/**
 * Ships Pyodide (CPython compiled to WebAssembly, from the `pyodide` npm
 * package) as static files of the site, under `pyodide/<version>/`, and
 * provides `virtual:looplab-pyodide` with their URLs. Nothing is fetched from
 * a CDN, and nothing is loaded until a learner first runs Python.
 *
 * The sandbox worker is a classic script (module workers from `blob:` do not
 * start in an opaque-origin frame), so Pyodide's ES-module core is also
 * shipped converted to a classic script: `import.meta.url` becomes a URL the
 * worker defines, and the default export becomes a global.
 *
 * Beside them goes a memory snapshot of Pyodide with Looplab's runtime imported
 * (app/cli/pythonSnapshot.ts), named by a digest of what it holds.
 */
const VIRTUAL_ID = 'virtual:looplab-pyodide'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

const require = createRequire(import.meta.url)
const PACKAGE_DIR = dirname(require.resolve('pyodide/package.json'))
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version

/** The files the sandbox needs, by the name Pyodide asks for them. */
export const PYODIDE_FILES = ['pyodide.js', 'pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const

/** Where the worker says Pyodide's core script lives (it is never fetched from there). */
export const PYODIDE_SCRIPT_URL_GLOBAL = '__looplabPyodideScriptURL'

function classicCore(): string {
  const module = readFileSync(join(PACKAGE_DIR, 'pyodide.asm.mjs'), 'utf8')
  const exportLine = 'export default _createPyodideModule;'
  if (!module.includes(exportLine)) throw new Error('pyodide.asm.mjs changed shape: update build/pyodidePlugin.ts')
  return module
    .replaceAll('import.meta.url', `self.${PYODIDE_SCRIPT_URL_GLOBAL}`)
    .replace(exportLine, 'self._createPyodideModule = _createPyodideModule;')
}

/** The snapshot's file name for the runtime sources as they are now. */
function snapshotFileName(): string {
  return `looplab-snapshot-${pythonSnapshotKey(VERSION)}.bin.gz`
}

const SNAPSHOT_PATTERN = /^looplab-snapshot-[0-9a-f]+\.bin\.gz$/

let snapshot: { key: string; made: Promise<PythonSnapshot> } | undefined

/** The snapshot for the runtime sources as they are now, made once per change of them. */
function currentSnapshot(): Promise<PythonSnapshot> {
  const key = pythonSnapshotKey(VERSION)
  if (snapshot?.key !== key) snapshot = { key, made: makePythonSnapshot(VERSION) }
  return snapshot.made
}

function fileContents(name: (typeof PYODIDE_FILES)[number]): string | Buffer {
  if (name === 'pyodide.asm.js') return classicCore()
  return readFileSync(join(PACKAGE_DIR, name))
}

export function pyodidePlugin(): Plugin {
  let base = '/'
  const dir = `pyodide/${VERSION}`
  return {
    name: 'looplab-pyodide',
    configResolved(config) {
      base = config.base
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const urls = Object.fromEntries(PYODIDE_FILES.map((name) => [name, `${base}${dir}/${name}`]))
      const snapshotUrl = `${base}${dir}/${snapshotFileName()}`
      return [
        `export const PYODIDE_VERSION = ${JSON.stringify(VERSION)}`,
        `export const PYODIDE_URLS = ${JSON.stringify(urls)}`,
        `export const PYTHON_SNAPSHOT_URL = ${JSON.stringify(snapshotUrl)}`,
        `export const PYODIDE_SCRIPT_URL_GLOBAL = ${JSON.stringify(PYODIDE_SCRIPT_URL_GLOBAL)}`,
        '',
      ].join('\n')
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const prefix = `${base}${dir}/`
        const url = request.url?.split('?')[0] ?? ''
        const name = url.startsWith(prefix) ? url.slice(prefix.length) : ''
        if (SNAPSHOT_PATTERN.test(name)) {
          // Whatever digest the page asked for, the snapshot of the sources as they are now: the sandbox re-imports what differs.
          currentSnapshot().then(
            (made) => {
              response.setHeader('Content-Type', 'application/octet-stream')
              response.end(made.gzipped)
            },
            (error: unknown) => next(error),
          )
          return
        }
        if (!PYODIDE_FILES.includes(name as (typeof PYODIDE_FILES)[number])) return next()
        response.setHeader(
          'Content-Type',
          name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
        )
        response.end(fileContents(name as (typeof PYODIDE_FILES)[number]))
      })
    },
    async generateBundle() {
      for (const name of PYODIDE_FILES) this.emitFile({ type: 'asset', fileName: `${dir}/${name}`, source: fileContents(name) })
      const made = await currentSnapshot()
      this.emitFile({ type: 'asset', fileName: `${dir}/looplab-snapshot-${made.key}.bin.gz`, source: made.gzipped })
    },
  }
}
