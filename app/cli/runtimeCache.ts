/** The prebuilt runtime bundle, compiled through V8's code cache for every fresh realm. */
import { readFileSync } from 'node:fs'
import type vm from 'node:vm'
import { cachePath, type CliContext } from './cache.ts'
import { cachedScript } from './codeCache.ts'
import type { RuntimeScript } from './realmRunner.ts'

export function prebuiltRuntime(context: CliContext): RuntimeScript {
  const code = readFileSync(context.runtimePath, 'utf8')
  let compiled: { script: vm.Script; save(): void } | undefined
  return {
    code,
    compile(wrapped) {
      compiled = cachedScript(wrapped, context.runtimePath, cachePath(context, `runtime-${context.buildId}.v8cache`))
      return compiled.script
    },
    ranOnce() {
      compiled?.save()
    },
  }
}
