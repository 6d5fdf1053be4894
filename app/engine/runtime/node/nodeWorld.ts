/**
 * The parts of the simulated world that Node's modules add: the in-memory
 * file system and its disk (node:fs, seeded by `WorldConfig.files` or
 * `world.files({...})`), and the methods they put on `world`. Created
 * before the world itself, so `world` can offer them from the start.
 */
import { EPOCH_MS } from '../costModel.ts'
import type { Agent } from '../agent.ts'
import { ArrayIsArray, ObjectKeys, ReflectGet, StringCtor, TypeErrorCtor, isObject } from '../primordials.ts'
import type { StdinScript } from './stdin.ts'
import type { IoQueue } from '../hosts/ioQueue.ts'
import type { PromiseRealm } from '../promise/realm.ts'
import { createWorldClients } from './http/clients.ts'
import { LocalServerRegistry } from './http/localServers.ts'
import { encodeString } from './encoding.ts'
import { DEFAULT_DISK, type DiskModel } from './fs/fsCore.ts'
import { VirtualFileSystem } from './fs/vfs.ts'
import type { createPath } from './path.ts'
import { typedArrayName } from '../console/brands.ts'

export interface NodeWorldConfig {
  files?: Record<string, string>
  disk?: Partial<DiskModel>
  stdin?: readonly string[]
}

function diskFrom(where: string, value: unknown, base: DiskModel): DiskModel {
  if (value === undefined) return base
  if (!isObject(value)) throw new TypeErrorCtor(`${where}: the disk options must be an object like { latencyMs: 5, bytesPerMs: 10000 }.`)
  const latency = ReflectGet(value, 'latencyMs')
  const throughput = ReflectGet(value, 'bytesPerMs')
  if (latency !== undefined && !(typeof latency === 'number' && latency >= 0))
    throw new TypeErrorCtor(`${where}: "latencyMs" must be a number ≥ 0.`)
  if (throughput !== undefined && !(typeof throughput === 'number' && throughput > 0))
    throw new TypeErrorCtor(`${where}: "bytesPerMs" must be a number > 0.`)
  return { latencyMs: latency ?? base.latencyMs, bytesPerMs: throughput ?? base.bytesPerMs }
}

export function createNodeWorld(
  agent: Agent,
  io: IoQueue,
  realm: PromiseRealm,
  path: ReturnType<typeof createPath>,
  config: NodeWorldConfig,
) {
  const localServers = new LocalServerRegistry()
  const clients = createWorldClients(agent, io, realm, localServers)
  const vfs = new VirtualFileSystem(() => EPOCH_MS + agent.clock.now / 1000)
  let disk: DiskModel = diskFrom('world.disk', config.disk, DEFAULT_DISK)
  const resolve = path.resolve as (...paths: string[]) => string
  const dirname = path.dirname as (p: string) => string

  function seed(where: string, files: unknown): void {
    if (!isObject(files) || ArrayIsArray(files))
      throw new TypeErrorCtor(`${where}: give the files as an object, path → contents, e.g. { 'data.txt': 'hello' }.`)
    const names = ObjectKeys(files)
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      const contents = ReflectGet(files, name)
      let bytes: Uint8Array
      if (typeof contents === 'string') bytes = encodeString(contents, 'utf8')
      else if (isObject(contents) && typedArrayName(contents) === 'Uint8Array') bytes = contents as Uint8Array
      else throw new TypeErrorCtor(`${where}: the contents of "${name}" must be a string (or a Buffer), got ${typeof contents}.`)
      const absolute = resolve(name)
      vfs.mkdir(dirname(absolute), true)
      vfs.writeFile(absolute, bytes, 'w')
    }
  }

  if (config.files) seed('world files', config.files)
  let stdin: StdinScript = { lines: config.stdin ?? [], delayMs: 100 }

  const methods = {
    /**
     * `world.files({ 'data.txt': 'hello', 'logs/a.log': '…' }, { latencyMs, bytesPerMs })`:
     * puts files in the file system node:fs reads (paths relative to the program's directory),
     * and optionally sets how long each operation takes.
     */
    files(files: unknown, options?: unknown): void {
      seed('world.files', files)
      disk = diskFrom('world.files', options, disk)
    },
    /**
     * `world.stdin(['alice', '42'], { delayMs })`: the lines `process.stdin` (and readline on it)
     * will read, one every `delayMs` (default 100) as if typed; then stdin ends.
     */
    stdin(lines: unknown, options?: unknown): void {
      if (!ArrayIsArray(lines)) throw new TypeErrorCtor('world.stdin: give the lines as an array of strings, e.g. ["alice", "42"].')
      const copy: string[] = []
      for (let i = 0; i < lines.length; i++) copy[i] = StringCtor(lines[i])
      const delay = isObject(options) ? ReflectGet(options, 'delayMs') : undefined
      if (delay !== undefined && !(typeof delay === 'number' && delay >= 0))
        throw new TypeErrorCtor('world.stdin: "delayMs" must be a number ≥ 0.')
      stdin = { lines: copy, delayMs: delay ?? 100 }
    },
    /**
     * `world.clients('http://localhost:3000', { clients, requestsPerClient, intervalMs, paths?, startMs?, method? })`:
     * simulated clients of a node:http server; `await (…).done()` gives latency statistics.
     */
    clients,
  }

  return { vfs, disk: () => disk, stdin: () => stdin, localServers, methods }
}

export type NodeWorld = ReturnType<typeof createNodeWorld>
