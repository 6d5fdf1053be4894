import {
  ErrorCaptureStackTrace,
  ErrorCtor,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  StringCtor,
  SymbolToStringTag,
  TypeErrorCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'

/** Legacy codes of the DOMException names programs meet (others have code 0). */
const CODES: Record<string, number> = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
}

/** The legacy code constants, in Node's (WebIDL's) order; each is its code. */
const CONSTANTS = [
  'INDEX_SIZE_ERR',
  'DOMSTRING_SIZE_ERR',
  'HIERARCHY_REQUEST_ERR',
  'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR',
  'NO_DATA_ALLOWED_ERR',
  'NO_MODIFICATION_ALLOWED_ERR',
  'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR',
  'INUSE_ATTRIBUTE_ERR',
  'INVALID_STATE_ERR',
  'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR',
  'NAMESPACE_ERR',
  'INVALID_ACCESS_ERR',
  'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR',
  'SECURITY_ERR',
  'NETWORK_ERR',
  'ABORT_ERR',
  'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR',
  'TIMEOUT_ERR',
  'INVALID_NODE_TYPE_ERR',
  'DATA_CLONE_ERR',
] as const

/** The `DOMException` constructor programs see. */
export type DOMExceptionClass = new (message?: unknown, options?: unknown) => Error & { readonly code: number }

/**
 * `DOMException` (WebIDL), shaped as Node 20's lib/internal/per_context/domexception.js:
 * a class of its own whose prototype inherits from `Error.prototype`; `name`, `message`
 * and `code` are enumerable prototype getters over internal state
 * (`new DOMException('m', 'AbortError')`), the legacy code constants sit on the
 * constructor and the prototype, and an instance owns only its `stack` (and a given
 * `cause`), so `console.log` prints `DOMException [AbortError]: m`.
 */
export function createDOMException(): DOMExceptionClass {
  const internals = new NativeWeakMap<object, { message: string; name: string }>()
  const stateOf = (self: unknown) => {
    const state = typeof self === 'object' && self !== null ? WeakMapPrototypeGet(internals, self) : undefined
    if (!state) throw new TypeErrorCtor('Value of "this" must be of type DOMException')
    return state
  }

  class DOMException {
    constructor(message: unknown = '', options: unknown = 'Error') {
      ErrorCaptureStackTrace?.(this)
      let name: string
      if (typeof options === 'object' && options !== null) {
        name = 'name' in options ? StringCtor((options as { name?: unknown }).name) : 'Error'
        if ('cause' in options) {
          ObjectDefineProperty(this, 'cause', {
            value: (options as { cause?: unknown }).cause,
            writable: true,
            enumerable: false,
            configurable: true,
          })
        }
      } else {
        name = StringCtor(options)
      }
      WeakMapPrototypeSet(internals, this, { message: StringCtor(message), name })
    }
    get name(): string {
      return stateOf(this).name
    }
    get message(): string {
      return stateOf(this).message
    }
    get code(): number {
      const name = stateOf(this).name
      return ObjectPrototypeHasOwnProperty(CODES, name) ? CODES[name]! : 0
    }
  }
  const proto = DOMException.prototype
  ObjectSetPrototypeOf(proto, ErrorCtor.prototype)
  ObjectDefineProperty(proto, SymbolToStringTag, { value: 'DOMException', writable: false, enumerable: false, configurable: true })
  for (const key of ['name', 'message', 'code']) ObjectDefineProperty(proto, key, { enumerable: true })
  for (let i = 0; i < CONSTANTS.length; i++) {
    const constant = { value: i + 1, writable: false, enumerable: true, configurable: false }
    ObjectDefineProperty(DOMException, CONSTANTS[i]!, constant)
    ObjectDefineProperty(proto, CONSTANTS[i]!, constant)
  }
  return DOMException
}
