/**
 * `node:fs/promises` (and `fs.promises`): the same operations as the
 * callback API, each a job of the modelled thread pool; the promise (the
 * runtime's own) settles in the poll-phase task that completes it. Argument
 * errors reject rather than throw, as Node's async functions do.
 */
import { PromiseOrigin } from '../../../trace/events.ts'
import type { Agent } from '../../agent.ts'
import { AsyncFunctionPrototype, ObjectSetPrototypeOf, ReflectApply } from '../../primordials.ts'
import type { PromiseRealm } from '../../promise/realm.ts'
import type { FsCore, FsOperation } from './fsCore.ts'
import { FS_CONSTANTS } from './fs.ts'
import { fsError } from './fsErrors.ts'
import type { ThreadPool } from './threadPool.ts'

export function createFsPromises(agent: Agent, realm: PromiseRealm, core: FsCore, pool: ThreadPool): Record<string, unknown> {
  const { operations } = core

  function run(make: () => FsOperation<unknown>): object {
    const capability = realm.newCapability(PromiseOrigin.AsyncFunction)
    let op: FsOperation<unknown>
    try {
      op = make()
    } catch (error) {
      agent.rethrowIfStopping(error)
      realm.reject(capability, error)
      return capability.promise
    }
    let failed = false
    let value: unknown
    pool.submit(
      op.label,
      () => {
        try {
          value = op.run()
        } catch (error) {
          agent.rethrowIfStopping(error)
          failed = true
          value = core.isFailure(error) ? fsError(error, 'promise', op.api, op.path, op.dest) : error
        }
      },
      () => {
        if (failed) realm.reject(capability, value)
        else realm.resolve(capability, value)
      },
      () => core.costUs(op.bytes()),
    )
    return capability.promise
  }

  const api: Record<string, (...args: unknown[]) => object> = {
    access: (path) => run(() => operations.access(path)),
    appendFile: (path, data, options) => run(() => operations.appendFile(path, data, options)),
    copyFile: (from, to, mode) => run(() => operations.copyFile(from, to, mode)),
    mkdir: (path, options) => run(() => operations.mkdir(path, options)),
    readdir: (path, options) => run(() => operations.readdir(path, options)),
    readFile: (path, options) => run(() => operations.readFile(path, options)),
    rename: (from, to) => run(() => operations.rename(from, to)),
    rm: (path, options) => run(() => operations.rm(path, options)),
    rmdir: (path) => run(() => operations.rmdir(path)),
    stat: (path) => run(() => operations.stat(path)),
    lstat: (path) => run(() => operations.lstat(path)),
    unlink: (path) => run(() => operations.unlink(path)),
    writeFile: (path, data, options) => run(() => operations.writeFile(path, data, options)),
  }
  const exports: Record<string, unknown> = { constants: FS_CONSTANTS }
  const names = [
    'access',
    'appendFile',
    'copyFile',
    'mkdir',
    'readdir',
    'readFile',
    'rename',
    'rm',
    'rmdir',
    'stat',
    'lstat',
    'unlink',
    'writeFile',
  ]
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!
    const inner = api[name]!
    // Named like Node's (they print as `[AsyncFunction: readFile]`).
    const fn = { [name]: (...args: unknown[]) => ReflectApply(inner, undefined, args) }[name]!
    ObjectSetPrototypeOf(fn, AsyncFunctionPrototype)
    exports[name] = fn
  }
  return exports
}
