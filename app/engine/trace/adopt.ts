import type { TraceBatch } from './batch.ts'

const { hasOwn } = Object

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
  // From a typed array, the constructor copies through internal slots: no iterator, no getter runs.
  const bytes = new Uint8Array(sourceBytes as Uint8Array)
  const count = ownValue(sourceStrings, 'length') as number
  const strings: string[] = new Array<string>(count)
  for (let i = 0; i < count; i++) {
    const value = hasOwn(sourceStrings, i) ? ownValue(sourceStrings, i) : undefined
    strings[i] = typeof value === 'string' ? value : ''
  }
  return {
    firstSeq: number('firstSeq'),
    eventCount: number('eventCount'),
    baseTime: number('baseTime'),
    bytes,
    firstStringId: number('firstStringId'),
    strings,
  }
}
