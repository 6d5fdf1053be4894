/**
 * `node:fs`: the callback API (each call is a job of the modelled libuv
 * thread pool, its callback an I/O task of the poll phase), the `*Sync` API
 * (the same operations on the main thread, which they block for as long as
 * the disk takes), `existsSync`, streams, `constants` and `promises`.
 */
import type { Agent } from '../../agent.ts'
import { ArrayPrototypePop, ObjectDefineProperty, ObjectKeys, ReflectApply, isCallable } from '../../primordials.ts'
import { invalidArgType } from '../errors.ts'
import type { FsCore, FsOperation } from './fsCore.ts'
import { fsError } from './fsErrors.ts'
import type { ThreadPool } from './threadPool.ts'
import type { VirtualFileSystem } from './vfs.ts'

export const FS_CONSTANTS = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4 }

export interface FsServices {
  agent: Agent
  core: FsCore
  pool: ThreadPool
  vfs: VirtualFileSystem
  resolve(path: string): string
}

type Callback = (error: unknown, value?: unknown) => unknown

/** The trailing callback of a call that takes `required` arguments before it, checked as Node checks it. */
function takeCallback(args: unknown[], required: number): Callback {
  const callback = args.length > required ? ArrayPrototypePop(args) : undefined
  if (!isCallable(callback)) throw invalidArgType('cb', 'function', callback)
  return callback
}

export function createFsModule(services: FsServices, extras: Record<string, unknown>) {
  const { agent, core, pool } = services
  const { operations } = core

  /** Runs an operation on the pool and calls back with Node's error or result. */
  function submit<T>(op: FsOperation<T>, callback: Callback, resultArity: 0 | 1): void {
    let failure: unknown
    let failed = false
    let result: T | undefined
    pool.submit(
      op.label,
      () => {
        try {
          result = op.run()
        } catch (error) {
          agent.rethrowIfStopping(error)
          failed = true
          failure = core.isFailure(error) ? fsError(error, 'callback', op.api, op.path, op.dest) : error
        }
      },
      () => {
        if (failed) ReflectApply(callback, undefined, [failure])
        else if (resultArity === 0) ReflectApply(callback, undefined, [null])
        else ReflectApply(callback, undefined, [null, result])
      },
      () => core.costUs(op.bytes()),
    )
  }

  /** Runs an operation now, blocking the main thread for its cost. */
  function runSync<T>(op: FsOperation<T>): T {
    let result: T
    try {
      result = op.run()
    } catch (error) {
      agent.rethrowIfStopping(error)
      agent.charge(core.costUs(0))
      if (core.isFailure(error)) throw fsError(error, 'sync', op.api, op.path, op.dest)
      throw error
    }
    agent.charge(core.costUs(op.bytes()))
    return result
  }

  const fs: Record<string, unknown> = {}
  const callbackApi = (name: string, make: (args: unknown[]) => FsOperation<unknown>, arity: 0 | 1, required = 1) => {
    fs[name] = {
      [name](...args: unknown[]) {
        const callback = takeCallback(args, required)
        submit(make(args), callback, arity)
      },
    }[name]
    fs[`${name}Sync`] = {
      [`${name}Sync`](...args: unknown[]) {
        return runSync(make(args))
      },
    }[`${name}Sync`]
  }

  callbackApi('access', (a) => operations.access(a[0]), 0)
  callbackApi('appendFile', (a) => operations.appendFile(a[0], a[1], a[2]), 0, 2)
  callbackApi('copyFile', (a) => operations.copyFile(a[0], a[1], a[2]), 0, 2)
  callbackApi('mkdir', (a) => operations.mkdir(a[0], a[1]), 1)
  callbackApi('readdir', (a) => operations.readdir(a[0], a[1]), 1)
  callbackApi('readFile', (a) => operations.readFile(a[0], a[1]), 1)
  callbackApi('rename', (a) => operations.rename(a[0], a[1]), 0, 2)
  callbackApi('rm', (a) => operations.rm(a[0], a[1]), 0)
  callbackApi('rmdir', (a) => operations.rmdir(a[0]), 0)
  callbackApi('stat', (a) => operations.stat(a[0]), 1)
  callbackApi('lstat', (a) => operations.lstat(a[0]), 1)
  callbackApi('unlink', (a) => operations.unlink(a[0]), 0)
  callbackApi('writeFile', (a) => operations.writeFile(a[0], a[1], a[2]), 0, 2)

  fs.exists = function exists(path: unknown, callback: unknown) {
    if (!isCallable(callback)) throw invalidArgType('cb', 'function', callback)
    let found = false
    pool.submit(
      'exists',
      () => {
        try {
          found = services.vfs.exists(services.resolve(core.pathArg(path)))
        } catch {
          found = false
        }
      },
      () => ReflectApply(callback, undefined, [found]),
      () => core.costUs(0),
    )
  }
  fs.existsSync = function existsSync(path: unknown) {
    agent.charge(core.costUs(0))
    try {
      return services.vfs.exists(services.resolve(core.pathArg(path)))
    } catch {
      return false
    }
  }
  fs.constants = FS_CONSTANTS
  fs.Stats = core.Stats
  fs.Dirent = core.Dirent
  const names = ObjectKeys(extras)
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(fs, names[i]!, { value: extras[names[i]!], writable: true, enumerable: true, configurable: true })
  }
  return fs
}
