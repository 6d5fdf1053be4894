import { buildSync } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { hardenBundle } from '../../build/hardenBundle.ts'

const ENTRY = fileURLToPath(new URL('../engine/runtime/realmEntry.ts', import.meta.url))

let cached: string | undefined

/**
 * The runtime as one classic script that, evaluated in a realm, leaves the
 * engine in a local variable `LooplabRuntime` (wrap it in a function to get it
 * without creating a global). The same bundle shape runs in the sandbox worker.
 */
export function runtimeBundle(): string {
  cached ??= hardenBundle(buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: 'LooplabRuntime',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    minify: false,
    keepNames: true,
    legalComments: 'none',
    banner: { js: '"use strict";' },
  }).outputFiles[0]!.text)
  return cached
}
