import { buildSync } from 'esbuild'

/**
 * esbuild's bundles define properties through a helper (`__defProp`, used by
 * `keepNames` for function names) that passes object-literal descriptors to
 * `Object.defineProperty`. In the sandbox that call can happen after the
 * learner's program has put `get`/`set` on Object.prototype, which would turn
 * those descriptors invalid. The helper is replaced by one that copies each
 * descriptor into a null-prototype object, with intrinsics captured when the
 * bundle starts.
 */
const ORIGINAL = 'var __defProp = Object.defineProperty;'
const HARDENED =
  'var __defProp = ((define, create, assign) => (target, key, descriptor) => define(target, key, assign(create(null), descriptor)))(Object.defineProperty, Object.create, Object.assign);'

function hardenBundle(code: string): string {
  if (code.includes(ORIGINAL)) return code.replace(ORIGINAL, HARDENED)
  if (code.includes('__defProp'))
    throw new Error('esbuild’s __defProp helper changed shape: update build/hardenedScript.ts so the sandbox bundle stays hardened')
  return code
}

/** One script the runtime's code runs as: where it runs, and the name it leaves its exports under. */
export interface HardenedScriptOptions {
  entry: string
  platform: 'browser' | 'neutral'
  globalName?: string
}

/**
 * Bundles `entry` as one unminified classic script (IIFE, names kept, strict)
 * with esbuild's property helper hardened. Returns the code and the source
 * files it was built from (for watching).
 */
export function buildHardenedScript({ entry, platform, globalName }: HardenedScriptOptions): { code: string; inputs: string[] } {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    platform,
    target: 'es2022',
    write: false,
    minify: false,
    keepNames: true,
    legalComments: 'none',
    banner: { js: '"use strict";' },
    metafile: true,
  })
  return { code: hardenBundle(result.outputFiles[0]!.text), inputs: Object.keys(result.metafile.inputs) }
}
