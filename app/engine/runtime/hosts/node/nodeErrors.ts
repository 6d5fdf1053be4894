import { ObjectDefineProperty, StringPrototypeSlice, TypeErrorCtor } from '../../primordials.ts'

/** How Node's ERR_INVALID_ARG_TYPE describes the value it received. */
function received(value: unknown): string {
  if (value === null || value === undefined) return ` Received ${value}`
  if (typeof value === 'function') return ` Received function ${(value as { name?: string }).name || '(anonymous)'}`
  if (typeof value === 'object') return ' Received an instance of Object'
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

/** `TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received …`. */
export function invalidArgType(name: string, expected: string, value: unknown): TypeError {
  const error = new TypeErrorCtor(`The "${name}" argument must be of type ${expected}.${received(value)}`)
  ObjectDefineProperty(error, 'code', { value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true })
  return error
}
