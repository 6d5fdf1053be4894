/**
 * Compiling a large script with V8's code cache: the first run stores the
 * compiled code beside the script, later runs skip parsing and compiling
 * (Node 20 has no module compile cache of its own).
 */
import vm from 'node:vm'
import { readCache, writeCache } from './cache.ts'

/** A `vm.Script` for `code`, from `cachePath`'s code cache when it is valid. Call `save()` once the script ran. */
export function cachedScript(code: string, filename: string, cachePath: string): { script: vm.Script; save: () => void } {
  const cachedData = readCache(cachePath)
  const script = new vm.Script(code, { filename, ...(cachedData ? { cachedData } : {}) })
  const fresh = !cachedData || script.cachedDataRejected === true
  return {
    script,
    save() {
      if (fresh) writeCache(cachePath, script.createCachedData())
    },
  }
}
