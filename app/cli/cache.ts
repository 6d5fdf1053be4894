/**
 * Where the `looplab` command keeps what it builds once and reuses: the
 * bundled CLI and runtime, V8 code caches, compiled programs. It lives in
 * `node_modules/.cache/looplab` of the checkout (gitignored, rebuilt when a
 * source file changes: see bin/looplab.mjs).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** What bin/looplab.mjs tells the CLI about the build it started. */
export interface CliContext {
  /** The checkout's root directory. */
  root: string
  /** The cache directory. */
  cacheDir: string
  /** Identifies the sources the bundles were built from (changes when any of them changes). */
  buildId: string
  /** The prebuilt runtime bundle (a classic script). */
  runtimePath: string
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}

/** Reads a cache file, or undefined when it is missing or unreadable. */
export function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

/** Writes a cache file atomically (a concurrent run never reads half of it); failures are ignored. */
export function writeCache(path: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, data)
    renameSync(temporary, path)
  } catch {
    /* a read-only checkout still runs, only slower */
  }
}

export function cachePath(context: CliContext, ...parts: string[]): string {
  return join(context.cacheDir, ...parts)
}
