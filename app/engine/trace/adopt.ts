import type { TraceBatch } from './batch.ts'

const { hasOwn } = Object
const values_ = (source: object): unknown[] => Object.values(source)
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object
const getterOf = (key: string) =>
  Reflect.get(Object.getOwnPropertyDescriptor(typedArrayPrototype, key)!, 'get') as (this: unknown) => unknown
const bufferOf = getterOf('buffer')
const byteOffsetOf = getterOf('byteOffset')
const byteLengthOf = getterOf('byteLength')

/** An own data property of an object from another realm, read without running its getters. */
function ownValue(object: object, key: string | number): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(object, key)
  return descriptor && 'value' in descriptor ? descriptor.value : undefined
}

/**
 * Copies a trace batch that was built in the program's realm into values of
 * this realm. The program shares its realm with the runtime, so it can
 * replace `Array.prototype[Symbol.iterator]`, the typed arrays' getters or
 * any prototype method; the host side (the CLI, the page) must not
 * run any of that. Nothing here iterates, calls a method of, or reads an
 * inherited property of the batch; a malformed batch throws a TypeError.
 */
export function adoptBatch(batch: TraceBatch): TraceBatch {
  const number = (key: keyof TraceBatch) => {
    const value = ownValue(batch, key)
    if (typeof value !== 'number') throw new TypeError(`Trace batch field ${key} is not a number.`)
    return value
  }
  const sourceBytes = ownValue(batch, 'bytes')
  const sourceStrings = ownValue(batch, 'strings')
  if (!ArrayBuffer.isView(sourceBytes) || !Array.isArray(sourceStrings)) throw new TypeError('Trace batch is malformed.')
  // This realm's typed-array getters read internal slots (the program's cannot be reached), and the
  // batch owns its buffer (the recorder starts a new one per batch), so a view replaces a copy.
  const bytes = new Uint8Array(
    Reflect.apply(bufferOf, sourceBytes, []) as ArrayBuffer,
    Reflect.apply(byteOffsetOf, sourceBytes, []) as number,
    Reflect.apply(byteLengthOf, sourceBytes, []) as number,
  )
  const count = ownValue(sourceStrings, 'length') as number
  return {
    firstSeq: number('firstSeq'),
    eventCount: number('eventCount'),
    baseTime: number('baseTime'),
    bytes,
    firstStringId: number('firstStringId'),
    strings: adoptStrings(sourceStrings, count),
  }
}

/**
 * The batch's strings as an array of this realm. `Object.values` (this
 * realm's) reads the array's own data properties in one native call, no
 * iterator or inherited property involved; it is taken when it gives exactly
 * `count` strings. Otherwise (a hole, a non-string) each index is read on its own.
 */
function adoptStrings(source: unknown[], count: number): string[] {
  const values = values_(source)
  if (values.length === count) {
    let allStrings = true
    for (let i = 0; i < count; i++) {
      if (typeof values[i] !== 'string') {
        allStrings = false
        break
      }
    }
    if (allStrings) return values as string[]
  }
  const strings: string[] = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    const value = hasOwn(source, i) ? ownValue(source, i) : undefined
    strings[i] = typeof value === 'string' ? value : ''
  }
  return strings
}
