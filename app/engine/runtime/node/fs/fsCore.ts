/**
 * What node:fs's three APIs (callbacks, promises, `*Sync`) share: argument
 * checks as Node makes them, the disk's timing, and one definition of each
 * operation over the in-memory file system. Each operation says what it
 * costs; the callback and promise APIs spend that on a thread of the pool,
 * the sync API on the main thread (the cost model's CPU time, so a
 * `readFileSync` visibly blocks the loop).
 */
import { isDataView, typedArrayName } from '../../console/brands.ts'
import {
  ArrayPrototypePush,
  ErrorCtor,
  TypeErrorCtor,
  MathRound,
  ReflectGet,
  StringCtor,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  isCallable,
} from '../../primordials.ts'
import type { BufferKit } from '../buffer.ts'
import { normalizeEncoding } from '../encoding.ts'
import { invalidArgType, nodeError } from '../errors.ts'
import { isAnyObject } from '../values.ts'
import { createStatsClasses } from './stats.ts'
import { FsFailure, type VirtualFileSystem } from './vfs.ts'

/** How long file operations take (WorldConfig.disk, `world.files(files, disk)`). */
export interface DiskModel {
  /** Time of one operation (default 1 ms). */
  latencyMs: number
  /** Throughput for the bytes read or written (default 100 000 bytes per ms, 100 MB/s). */
  bytesPerMs: number
}

export const DEFAULT_DISK: DiskModel = { latencyMs: 1, bytesPerMs: 100_000 }

/** One operation, ready to run: its label, cost, and the work itself. */
export interface FsOperation<T> {
  label: string
  /** Bytes it reads or writes (for the cost). */
  bytes(): number
  run(): T
  /** The API name Node's promise errors name (`readFile`). */
  api: string
  /** The path (and destination) as the program wrote them, for error messages. */
  path?: string
  dest?: string
}

export interface FsCoreServices {
  vfs: VirtualFileSystem
  buffer: BufferKit
  disk: () => DiskModel
  resolve(path: string): string
  makeDate: (ms: number) => unknown
}

type Options = Record<string, unknown>

export function createFsCore(services: FsCoreServices) {
  const { vfs, buffer } = services
  const { Stats, Dirent } = createStatsClasses(services.makeDate)

  /** The path argument: a string, a Buffer or a `file:` URL. */
  function pathArg(value: unknown, name = 'path'): string {
    if (typeof value === 'string') {
      if (value.length === 0)
        throw nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' must be a non-empty string. Received ''`)
      return value
    }
    if (buffer.isBuffer(value)) return value.toString()
    if (isAnyObject(value) && typeof ReflectGet(value, 'href') === 'string' && typeof ReflectGet(value, 'pathname') === 'string') {
      const href = ReflectGet(value, 'href') as string
      if (StringPrototypeStartsWith(href, 'file:')) return ReflectGet(value, 'pathname') as string
    }
    throw invalidArgType(name, 'string or an instance of Buffer or URL', value)
  }

  function optionsArg(value: unknown, defaults: Options): Options {
    if (value === undefined || value === null || isCallable(value)) return defaults
    if (typeof value === 'string') return { ...defaults, encoding: value }
    if (typeof value !== 'object') throw invalidArgType('options', 'string or an instance of Object', value)
    const options: Options = { ...defaults }
    const keys = ['encoding', 'flag', 'recursive', 'force', 'withFileTypes', 'mode']
    for (let i = 0; i < keys.length; i++) {
      const v = ReflectGet(value, keys[i]!)
      if (v !== undefined) options[keys[i]!] = v
    }
    return options
  }

  function encodingOf(options: Options): string | undefined {
    const encoding = options.encoding
    if (encoding === undefined || encoding === null || encoding === 'buffer') return undefined
    if (normalizeEncoding(encoding) === undefined) {
      throw nodeError(
        TypeErrorCtor,
        'ERR_INVALID_ARG_VALUE',
        `The argument 'encoding' is invalid encoding. Received '${StringCtor(encoding)}'`,
      )
    }
    return encoding as string
  }

  const short = (path: string) => (path.length > 40 ? `…${StringPrototypeSlice(path, path.length - 39)}` : path)

  /** How long an operation takes on the disk, in µs. */
  function costUs(bytes: number): number {
    const disk = services.disk()
    return MathRound((disk.latencyMs + bytes / disk.bytesPerMs) * 1000)
  }

  function readFile(pathValue: unknown, optionsValue: unknown): FsOperation<unknown> {
    const path = pathArg(pathValue)
    const options = optionsArg(optionsValue, { flag: 'r' })
    const encoding = encodingOf(options)
    const absolute = services.resolve(path)
    let size = 0
    return {
      label: `readFile ${short(path)}`,
      api: 'readFile',
      path,
      bytes: () => size,
      run() {
        const bytes = vfs.readFile(absolute)
        size = bytes.length
        const copy = buffer.copy(bytes)
        return encoding === undefined ? copy : copy.toString(encoding)
      },
    }
  }

  function writeFile(api: 'writeFile' | 'appendFile', pathValue: unknown, data: unknown, optionsValue: unknown): FsOperation<undefined> {
    const path = pathArg(pathValue, 'file')
    const options = optionsArg(optionsValue, { encoding: 'utf8', flag: api === 'appendFile' ? 'a' : 'w' })
    if (typeof data !== 'string' && !(isAnyObject(data) && ArrayBufferViewLike(data))) {
      throw invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data)
    }
    const bytes = buffer.toBytes(data, options.encoding ?? 'utf8')
    const absolute = services.resolve(path)
    return {
      label: `${api} ${short(path)}`,
      api,
      path,
      bytes: () => bytes.length,
      run() {
        vfs.writeFile(absolute, bytes, StringCtor(options.flag))
        return undefined
      },
    }
  }

  function readdir(pathValue: unknown, optionsValue: unknown): FsOperation<unknown[]> {
    const path = pathArg(pathValue)
    const options = optionsArg(optionsValue, {})
    const absolute = services.resolve(path)
    return {
      label: `readdir ${short(path)}`,
      api: 'readdir',
      path,
      bytes: () => 0,
      run() {
        const entries = vfs.readdir(absolute)
        const list: unknown[] = []
        for (let i = 0; i < entries.length; i++) {
          ArrayPrototypePush(list, options.withFileTypes ? new Dirent(entries[i]!.name, entries[i]!.node, path) : entries[i]!.name)
        }
        return list
      },
    }
  }

  function stat(api: 'stat' | 'lstat', pathValue: unknown): FsOperation<object> {
    const path = pathArg(pathValue)
    const absolute = services.resolve(path)
    return {
      label: `${api} ${short(path)}`,
      api,
      path,
      bytes: () => 0,
      run: () => new Stats(vfs.lookup(absolute, api)),
    }
  }

  function mkdir(pathValue: unknown, optionsValue: unknown): FsOperation<string | undefined> {
    const path = pathArg(pathValue)
    const options = typeof optionsValue === 'number' ? {} : optionsArg(optionsValue, {})
    const absolute = services.resolve(path)
    return {
      label: `mkdir ${short(path)}`,
      api: 'mkdir',
      path,
      bytes: () => 0,
      run: () => vfs.mkdir(absolute, options.recursive === true),
    }
  }

  function simple(api: string, pathValue: unknown, body: (absolute: string) => void, name = 'path'): FsOperation<undefined> {
    const path = pathArg(pathValue, name)
    const absolute = services.resolve(path)
    return {
      label: `${api} ${short(path)}`,
      api,
      path,
      bytes: () => 0,
      run() {
        body(absolute)
        return undefined
      },
    }
  }

  function rm(pathValue: unknown, optionsValue: unknown): FsOperation<undefined> {
    const options = optionsArg(optionsValue, {})
    const op = simple('rm', pathValue, (absolute) => {
      if (!vfs.rm(absolute, options.recursive === true, options.force === true)) {
        const error = nodeError(ErrorCtor, 'ERR_FS_EISDIR', `Path is a directory: rm returned EISDIR (is a directory) ${op.path!}`)
        throw error
      }
    })
    return op
  }

  function twoPaths(api: 'rename' | 'copyFile', from: unknown, to: unknown, body: (a: string, b: string) => void): FsOperation<undefined> {
    const path = pathArg(from, api === 'rename' ? 'oldPath' : 'src')
    const dest = pathArg(to, api === 'rename' ? 'newPath' : 'dest')
    const a = services.resolve(path)
    const b = services.resolve(dest)
    return {
      label: `${api} ${short(path)} → ${short(dest)}`,
      api,
      path,
      dest,
      bytes: () => 0,
      run() {
        body(a, b)
        return undefined
      },
    }
  }

  const operations = {
    readFile,
    writeFile: (path: unknown, data: unknown, options: unknown) => writeFile('writeFile', path, data, options),
    appendFile: (path: unknown, data: unknown, options: unknown) => writeFile('appendFile', path, data, options),
    readdir,
    stat: (path: unknown) => stat('stat', path),
    lstat: (path: unknown) => stat('lstat', path),
    mkdir,
    rm,
    rmdir: (path: unknown) => simple('rmdir', path, (absolute) => vfs.rmdir(absolute)),
    unlink: (path: unknown) => simple('unlink', path, (absolute) => vfs.unlink(absolute)),
    access: (path: unknown) =>
      simple('access', path, (absolute) => {
        vfs.lookup(absolute, 'access')
      }),
    rename: (from: unknown, to: unknown) => twoPaths('rename', from, to, (a, b) => vfs.rename(a, b)),
    copyFile: (from: unknown, to: unknown, mode: unknown) =>
      twoPaths('copyFile', from, to, (a, b) => vfs.copyFile(a, b, typeof mode === 'number' && (mode & 1) === 1)),
  }

  return { operations, costUs, pathArg, Stats, Dirent, isFailure: (value: unknown): value is FsFailure => value instanceof FsFailure }
}

function ArrayBufferViewLike(value: object): boolean {
  return typedArrayName(value) !== undefined || isDataView(value)
}

export type FsCore = ReturnType<typeof createFsCore>
export type FsOperations = FsCore['operations']
