/**
 * Builds what the `looplab` command runs, into its cache: the CLI as one ES
 * module (packages stay in node_modules, TypeScript is loaded only when a
 * program has to be compiled) and the runtime as the same hardened classic
 * script the sandbox runs. bin/looplab.mjs calls this when a source file
 * changed since the last build, so a checkout needs no build step.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { buildHardenedScript } from './hardenedScript.ts'

/** What the cache's manifest.json records. */
export interface CliManifest {
  buildId: string
  /** Files (relative to the cache) of the CLI's entry module (its chunks sit beside it) and the runtime script. */
  cli: string
  runtime: string
  /** Every source the build read, with its size and modification time: any change means a rebuild. */
  inputs: [path: string, mtimeMs: number, size: number][]
}

function writeAtomically(path: string, data: string): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, path)
}

export function buildCli(root: string, cacheDir: string, builderInputs: readonly string[]): CliManifest {
  mkdirSync(cacheDir, { recursive: true })
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
  const cli = buildSync({
    entryPoints: [join(root, 'app/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Commands load what they need on demand (the lessons check's YAML parser stays out of `run`).
    splitting: true,
    outdir: join(cacheDir, 'pending'),
    entryNames: 'main',
    write: false,
    metafile: true,
    define: { LOOPLAB_VERSION: JSON.stringify(version) },
    banner: { js: "import { createRequire as __looplabRequire } from 'node:module'; const require = __looplabRequire(import.meta.url);" },
  })
  const runtime = buildHardenedScript({
    entry: join(root, 'app/engine/runtime/realmEntry.ts'),
    platform: 'neutral',
    globalName: 'LooplabRuntime',
  })
  const inputs = new Set<string>([
    ...Object.keys(cli.metafile.inputs).map((path) => resolve(process.cwd(), path)),
    ...runtime.inputs.map((path) => resolve(process.cwd(), path)),
    ...builderInputs.map((path) => resolve(path)),
    join(root, 'package.json'),
  ])
  const digest = createHash('sha256')
  const records: CliManifest['inputs'] = []
  for (const path of [...inputs].sort()) {
    const stat = statSync(path)
    digest.update(`${relative(root, path)}\n`).update(readFileSync(path))
    records.push([path, stat.mtimeMs, stat.size])
  }
  const buildId = digest.digest('hex').slice(0, 16)
  const manifest: CliManifest = { buildId, cli: `cli-${buildId}/main.js`, runtime: `runtime-${buildId}.js`, inputs: records }
  const cliDir = join(cacheDir, `cli-${buildId}`)
  mkdirSync(cliDir, { recursive: true })
  writeFileSync(join(cliDir, 'package.json'), '{ "type": "module" }\n')
  for (const output of cli.outputFiles) writeAtomically(join(cliDir, relative(join(cacheDir, 'pending'), output.path)), output.text)
  writeAtomically(join(cacheDir, manifest.runtime), runtime.code)
  writeAtomically(join(cacheDir, 'manifest.json'), JSON.stringify(manifest))
  removeOldBuilds(cacheDir, buildId)
  return manifest
}

/** Earlier builds' bundles and code caches (compiled programs are keyed by build id and expire with them). */
function removeOldBuilds(cacheDir: string, buildId: string): void {
  for (const name of readdirSync(cacheDir)) {
    const match = /^(?:cli|runtime)-([0-9a-f]+)/.exec(name)
    if ((match && match[1] !== buildId) || /^builder-\d+\.mjs$/.test(name)) rmSync(join(cacheDir, name), { recursive: true, force: true })
  }
  rmSync(join(cacheDir, 'compiled'), { recursive: true, force: true })
}
