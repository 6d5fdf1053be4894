import {
  ErrorCtor,
  NativeWeakMap,
  ObjectDefineProperty,
  ObjectPrototypeHasOwnProperty,
  StringCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from '../primordials.ts'

/** Legacy codes of the DOMException names programs meet (others have code 0). */
const CODES: Record<string, number> = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
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

/** The `DOMException` constructor programs see. */
export type DOMExceptionClass = new (message?: unknown, options?: unknown) => Error & { readonly code: number }

/**
 * `DOMException` (WebIDL): an Error subclass whose `name` and `code` come
 * from its internal state (`new DOMException('m', 'AbortError')`), as in
 * Node and browsers, so `console.log` prints `DOMException [AbortError]: m`.
 */
export function createDOMException(): DOMExceptionClass {
  const names = new NativeWeakMap<object, string>()

  class DOMException extends ErrorCtor {
    constructor(message?: unknown, options?: unknown) {
      super(message === undefined ? '' : StringCtor(message))
      let name = 'Error'
      if (typeof options === 'object' && options !== null) {
        const given = (options as { name?: unknown }).name
        if (given !== undefined) name = StringCtor(given)
        if ('cause' in options) {
          ObjectDefineProperty(this, 'cause', {
            value: (options as { cause?: unknown }).cause,
            writable: true,
            enumerable: false,
            configurable: true,
          })
        }
      } else if (options !== undefined) {
        name = StringCtor(options)
      }
      WeakMapPrototypeSet(names, this, name)
    }
    override get name(): string {
      return WeakMapPrototypeGet(names, this) ?? 'Error'
    }
    get code(): number {
      const name = WeakMapPrototypeGet(names, this)
      return name !== undefined && ObjectPrototypeHasOwnProperty(CODES, name) ? CODES[name]! : 0
    }
    get [Symbol.toStringTag](): string {
      return 'DOMException'
    }
  }
  return DOMException
}
