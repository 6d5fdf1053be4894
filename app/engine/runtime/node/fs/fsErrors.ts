/**
 * File-system errors as Node builds them (uvException): `ENOENT: no such
 * file or directory, open 'x'` with `errno`, `code`, `syscall`, `path` (and
 * `dest`). Their stacks look like Node's: no frames for a callback's error
 * (it comes from C++, so it prints as `[Error: …] { … }`), the program's
 * frames for a sync call, and Node's async frames for a promise.
 */
import { ErrorCtor, ObjectDefineProperty } from '../../primordials.ts'
import { ERRNO, type FsFailure } from './vfs.ts'

const DESCRIPTIONS: Readonly<Record<keyof typeof ERRNO, string>> = {
  ENOENT: 'no such file or directory',
  EBADF: 'bad file descriptor',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  EINVAL: 'invalid argument',
  ENOTEMPTY: 'directory not empty',
}

/** How the error reaches the program. */
export type ErrorStyle = 'callback' | 'sync' | 'promise'

const define = (target: object, key: string, value: unknown) =>
  ObjectDefineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })

export function fsError(failure: FsFailure, style: ErrorStyle, api: string, path?: string, dest?: string): Error {
  let message = `${failure.code}: ${DESCRIPTIONS[failure.code]}, ${failure.syscall}`
  if (failure.withPath && path !== undefined) message += ` '${path}'`
  if (failure.withPath && dest !== undefined) message += ` -> '${dest}'`
  const error = new ErrorCtor(message)
  if (style === 'callback') ObjectDefineProperty(error, 'stack', { value: `Error: ${message}`, writable: true, configurable: true })
  else if (style === 'promise') {
    ObjectDefineProperty(error, 'stack', {
      value: `Error: ${message}\n    at async Object.${api} (node:internal/fs/promises)`,
      writable: true,
      configurable: true,
    })
  }
  define(error, 'errno', ERRNO[failure.code])
  define(error, 'code', failure.code)
  define(error, 'syscall', failure.syscall)
  if (failure.withPath && path !== undefined) define(error, 'path', path)
  if (failure.withPath && dest !== undefined) define(error, 'dest', dest)
  return error
}
