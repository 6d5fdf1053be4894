import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const RUNTIME_PATH = 'app/engine/python/runtime/looplab'

/** The runtime package's folder: beside this module in the checkout, or above the CLI's bundle in node_modules/.cache. */
function runtimeDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const sibling = join(dir, '../engine/python/runtime/looplab')
    if (existsSync(sibling)) return sibling
    if (existsSync(join(dir, RUNTIME_PATH))) return join(dir, RUNTIME_PATH)
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Looplab's Python runtime (${RUNTIME_PATH}) was not found above ${fileURLToPath(import.meta.url)}.`)
    dir = parent
  }
}

/** The Python runtime package's sources, read from the checkout. */
export function pythonRuntimeFiles(): Record<string, string> {
  const dir = runtimeDir()
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) if (name.endsWith('.py')) files[name] = readFileSync(join(dir, name), 'utf8')
  return files
}
