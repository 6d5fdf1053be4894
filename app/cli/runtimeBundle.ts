import { fileURLToPath } from 'node:url'
import { buildHardenedScript } from '../../build/hardenedScript.ts'

const ENTRY = fileURLToPath(new URL('../engine/runtime/realmEntry.ts', import.meta.url))

let cached: string | undefined

/**
 * The runtime as one classic script that, evaluated in a realm, leaves the
 * engine in a local variable `LooplabRuntime` (wrap it in a function to get it
 * without creating a global). The same bundle shape runs in the sandbox worker.
 */
export function runtimeBundle(): string {
  cached ??= buildHardenedScript({ entry: ENTRY, platform: 'neutral', globalName: 'LooplabRuntime' }).code
  return cached
}
