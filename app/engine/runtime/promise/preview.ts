import { ArrayIsArray, StringCtor, StringPrototypeSlice } from '../primordials.ts'

/**
 * A few characters describing a settled value, for the trace. It must never
 * run learner code (no getters, no toString), so objects are named by kind only.
 */
export function previewValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `'${StringPrototypeSlice(value, 0, 37)}…'` : `'${value}'`
    case 'number':
    case 'boolean':
    case 'bigint':
      return StringCtor(value) + (typeof value === 'bigint' ? 'n' : '')
    case 'undefined':
      return 'undefined'
    case 'symbol':
      return 'Symbol()'
    case 'function':
      return 'function'
    default:
      if (value === null) return 'null'
      if (ArrayIsArray(value)) return `Array(${(value as unknown[]).length})`
      return 'object'
  }
}
