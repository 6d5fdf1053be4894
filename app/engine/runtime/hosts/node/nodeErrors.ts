import {
  ObjectDefineProperty,
  ReflectDeleteProperty,
  ReflectGet,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  TypeErrorCtor,
} from '../../primordials.ts'

/** How Node's ERR_INVALID_ARG_TYPE describes the value it received (` Received …`, with its leading space). */
export function received(value: unknown): string {
  if (value === null || value === undefined) return ` Received ${value}`
  if (typeof value === 'function') return ` Received function ${(value as { name?: string }).name || '(anonymous)'}`
  if (typeof value === 'object') return ` Received an instance of ${constructorName(value)}`
  let shown =
    typeof value === 'string'
      ? `'${value}'`
      : typeof value === 'bigint'
        ? `${value}n`
        : typeof value === 'symbol'
          ? 'Symbol()'
          : `${value as number}`
  if (shown.length > 28) shown = `${StringPrototypeSlice(shown, 0, 25)}...`
  return ` Received type ${typeof value} (${shown})`
}

function constructorName(value: object): string {
  try {
    const ctor = ReflectGet(value, 'constructor') as { name?: unknown } | undefined
    const name = ctor ? ReflectGet(ctor, 'name') : undefined
    return typeof name === 'string' && name !== '' ? name : 'Object'
  } catch {
    return 'Object'
  }
}

/** Gives an error Node's `Name [CODE]` stack header and `toString`, and an enumerable `code` (as `makeNodeErrorWithCode`). */
export function stampCode(error: Error, code: string): void {
  const name = ReflectGet(error, 'name') as string
  // The stack is formatted on first access: read it while `name` carries the code.
  ObjectDefineProperty(error, 'name', { value: `${name} [${code}]`, writable: true, enumerable: false, configurable: true })
  ReflectGet(error, 'stack')
  ReflectDeleteProperty(error, 'name')
  ObjectDefineProperty(error, 'toString', {
    value: function toString(this: Error) {
      return `${ReflectGet(this, 'name') as string} [${code}]: ${ReflectGet(this, 'message') as string}`
    },
    writable: true,
    enumerable: false,
    configurable: true,
  })
  ObjectDefineProperty(error, 'code', { value: code, writable: true, enumerable: true, configurable: true })
}

/** `TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received …`. */
export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  const what = name.includes('.') ? `"${name}" property` : `"${name}" argument`
  // Node says "of type" before type names only: `must be string[]`, `must be of type function`.
  const kind = StringPrototypeEndsWith(expected, '[]') ? expected : `of type ${expected}`
  const error = new TypeErrorCtor(`The ${what} must be ${kind}.${received(value)}`)
  stampCode(error, 'ERR_INVALID_ARG_TYPE')
  return error
}
