import { transformSync } from 'esbuild'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { buildHardenedScript } from './hardenedScript.ts'

const VIRTUAL_ID = 'virtual:looplab-sandbox-worker'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const ENTRY = fileURLToPath(new URL('../app/sandbox/worker/entry.ts', import.meta.url))

/**
 * Provides `virtual:looplab-sandbox-worker`: the sandbox worker bundled as one
 * classic script (IIFE) and exported as a string. The sandbox iframe starts
 * it from a blob (module workers from blob: do not work in opaque origins).
 */
export function sandboxWorkerPlugin(): Plugin {
  let minify = false
  return {
    name: 'looplab-sandbox-worker',
    configResolved(config) {
      minify = config.command === 'build'
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { code: hardened, inputs } = buildHardenedScript({ entry: ENTRY, platform: 'browser' })
      for (const input of inputs) this.addWatchFile(fileURLToPath(new URL(`../${input}`, import.meta.url)))
      // Minified after hardening (minifying renames the helper the hardening looks for).
      const code = minify
        ? transformSync(hardened, { minify: true, keepNames: true, target: 'es2022', legalComments: 'none' }).code
        : hardened
      return `export default ${JSON.stringify(code)}`
    },
  }
}
