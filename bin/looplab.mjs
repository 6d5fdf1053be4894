#!/usr/bin/env node
// The `looplab` command. It runs a bundle of the CLI and of the runtime kept in
// node_modules/.cache/looplab; when any source they were built from changed (or on
// the first run of a checkout), they are rebuilt with esbuild first. No tsx, and no
// TypeScript compiler unless a program has to be compiled (see app/cli/compileCache.ts).
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cacheDir = join(root, 'node_modules', '.cache', 'looplab')

function currentManifest() {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8'))
  } catch {
    return undefined
  }
  for (const [path, mtimeMs, size] of manifest.inputs) {
    let stat
    try {
      stat = statSync(path)
    } catch {
      return undefined
    }
    if (stat.mtimeMs !== mtimeMs || stat.size !== size) return undefined
  }
  try {
    statSync(join(cacheDir, manifest.cli))
    statSync(join(cacheDir, manifest.runtime))
  } catch {
    return undefined
  }
  return manifest
}

async function rebuild() {
  const { buildSync } = await import('esbuild')
  const builderSource = join(root, 'build', 'cliBuild.ts')
  const builder = join(cacheDir, `builder-${process.pid}.mjs`)
  const result = buildSync({
    entryPoints: [builderSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: builder,
    metafile: true,
    logLevel: 'error',
  })
  const { buildCli } = await import(pathToFileURL(builder).href)
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(process.cwd(), path))
  const manifest = buildCli(root, cacheDir, inputs)
  const { rmSync } = await import('node:fs')
  rmSync(builder, { force: true })
  return manifest
}

const manifest = currentManifest() ?? (await rebuild())
const { main } = await import(pathToFileURL(join(cacheDir, manifest.cli)).href)
process.exitCode = await main(process.argv.slice(2), {
  root,
  cacheDir,
  buildId: manifest.buildId,
  runtimePath: join(cacheDir, manifest.runtime),
})
