/**
 * Errors as Node's own modules throw them: `TypeError [ERR_X]: message`
 * headers in the stack and in `toString`, an enumerable `code`, and
 * `AbortError` (code `ABORT_ERR`) for aborted operations.
 */
import { ErrorCtor, ObjectDefineProperty, RangeErrorCtor, TypeErrorCtor } from '../primordials.ts'
import { invalidArgType, received, stampCode } from '../hosts/node/nodeErrors.ts'

export { invalidArgType, received, stampCode }

type ErrorClass = new (message?: string, options?: { cause?: unknown }) => Error

/** `new Ctor(message)` with Node's `[code]` header, as `makeNodeErrorWithCode` builds them. */
export function nodeError<E extends Error>(Ctor: new (message?: string) => E, code: string, message: string): E {
  const error = new Ctor(message)
  stampCode(error, code)
  return error
}

/** Node's AbortError (lib/internal/errors.js): `code` and `name` are own enumerable properties. */
export class AbortError extends (ErrorCtor as ErrorClass) {
  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options)
    ObjectDefineProperty(this, 'code', { value: 'ABORT_ERR', writable: true, enumerable: true, configurable: true })
    ObjectDefineProperty(this, 'name', { value: 'AbortError', writable: true, enumerable: true, configurable: true })
  }
}

/** `new AbortError(undefined, { cause: signal.reason })`. */
export function abortErrorFor(reason: unknown): Error {
  return new AbortError(undefined, { cause: reason })
}

/** ERR_INVALID_ARG_VALUE: `The argument 'name' is invalid. Received …` / `must be …`. */
export function invalidArgValue(name: string, shown: string, reason = 'is invalid'): TypeError {
  const what = name.includes('.') ? 'property' : 'argument'
  return nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_VALUE', `The ${what} '${name}' ${reason}. Received ${shown}`)
}

/** ERR_OUT_OF_RANGE. */
export function outOfRange(name: string, range: string, received: string): RangeError {
  const error = new RangeErrorCtor(`The value of "${name}" is out of range. It must be ${range}. Received ${received}`)
  stampCode(error, 'ERR_OUT_OF_RANGE')
  return error
}
