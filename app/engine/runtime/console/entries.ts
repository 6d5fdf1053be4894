/**
 * The item lists of built-in containers: arrays (holes as `<n empty items>`),
 * typed arrays, ArrayBuffers (`[Uint8Contents]`), Sets, Maps, Map/Set
 * iterators, promises and weak collections. Each returns the formatted items;
 * the caller adds the keys and lays everything out.
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  MapIteratorPrototypeNext,
  MapPrototypeEntries,
  MapPrototypeGetSize,
  MathMax,
  MathMin,
  NativeUint8Array,
  NumberPrototypeToString,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  SetIteratorPrototypeNext,
  SetPrototypeGetSize,
  SetPrototypeValues,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
} from '../primordials.ts'
import { ARRAY_EXTRAS_TYPE, ARRAY_TYPE, type Ctx } from './context.ts'
import { reduceToSingleString } from './layout.ts'
import { formatBigInt, formatNumber, remainingText } from './text.ts'

const limit = (ctx: Ctx, length: number): number => MathMin(MathMax(0, ctx.maxArrayLength), length)

/** Whether `key` is a canonical array index string (`'0'`, `'17'`, below 2³²−1). */
export function isArrayIndex(key: PropertyKey): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false
  if (key === '0') return true
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!
    if (c < '0' || c > '9' || (i === 0 && c === '0')) return false
  }
  return +key < 4294967295
}

/** A sparse array from index `i` on: runs of holes become `<n empty items>`. */
function formatSpecialArray(ctx: Ctx, value: unknown[], recurseTimes: number, maxLength: number, output: string[], i: number): string[] {
  const keys = ObjectKeys(value)
  let index = i
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i]!
    const tmp = +key
    if (tmp > 2 ** 32 - 2) break
    if (`${index}` !== key) {
      if (!isArrayIndex(key)) break
      const emptyItems = tmp - index
      ArrayPrototypePush(output, `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`)
      index = tmp
      if (output.length === maxLength) break
    }
    ArrayPrototypePush(output, ctx.formatProperty(ctx, value, recurseTimes, key, ARRAY_TYPE))
    index++
  }
  const remaining = value.length - index
  if (output.length !== maxLength) {
    if (remaining > 0) ArrayPrototypePush(output, `<${remaining} empty item${remaining > 1 ? 's' : ''}>`)
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining))
  }
  return output
}

export function formatArray(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const array = value as unknown[]
  const valLen = array.length
  const len = limit(ctx, valLen)
  const output: string[] = []
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(array, i)) return formatSpecialArray(ctx, array, recurseTimes, len, output, i)
    ArrayPrototypePush(output, ctx.formatProperty(ctx, array, recurseTimes, i, ARRAY_TYPE))
  }
  if (valLen - len > 0) ArrayPrototypePush(output, remainingText(valLen - len))
  return output
}

function bytesPerElement(kind: string | undefined): number {
  if (kind === 'Float64Array' || kind === 'BigInt64Array' || kind === 'BigUint64Array') return 8
  if (kind === 'Int32Array' || kind === 'Uint32Array' || kind === 'Float32Array') return 4
  if (kind === 'Int16Array' || kind === 'Uint16Array' || kind === 'Float16Array') return 2
  return 1
}

export function formatTypedArray(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const items = value as unknown as Record<number, number | bigint>
  const length = TypedArrayPrototypeGetLength(value)
  const maxLength = limit(ctx, length)
  const output: string[] = []
  for (let i = 0; i < maxLength; i++) {
    const item = items[i]!
    ArrayPrototypePush(output, typeof item === 'number' ? formatNumber(item) : formatBigInt(item))
  }
  if (length - maxLength > 0) ArrayPrototypePush(output, remainingText(length - maxLength))
  if (ctx.showHidden) {
    ctx.indentationLvl += 2
    const hidden: [string, unknown][] = [
      ['BYTES_PER_ELEMENT', bytesPerElement(TypedArrayPrototypeGetSymbolToStringTag(value))],
      ['length', length],
      ['byteLength', TypedArrayPrototypeGetByteLength(value)],
      ['byteOffset', TypedArrayPrototypeGetByteOffset(value)],
      ['buffer', TypedArrayPrototypeGetBuffer(value)],
    ]
    for (let i = 0; i < hidden.length; i++) {
      ArrayPrototypePush(output, `[${hidden[i]![0]}]: ${ctx.formatValue(ctx, hidden[i]![1], recurseTimes, true)}`)
    }
    ctx.indentationLvl -= 2
  }
  return output
}

/** `[Uint8Contents]: <00 01 …>` — the bytes in hex, up to `maxArrayLength`. */
export function formatArrayBuffer(ctx: Ctx, value: object): string[] {
  let bytes: Uint8Array
  try {
    bytes = new NativeUint8Array(value as ArrayBuffer)
  } catch {
    return ['(detached)']
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length)
  const pairs: string[] = []
  for (let i = 0; i < shown; i++) {
    const byte = bytes[i]!
    ArrayPrototypePush(pairs, `${byte < 16 ? '0' : ''}${NumberPrototypeToString(byte, 16)}`)
  }
  let text = ArrayPrototypeJoin(pairs, ' ')
  const remaining = bytes.length - ctx.maxArrayLength
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`
  return [`[Uint8Contents]: <${text}>`]
}

export function formatSet(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const set = value as Set<unknown>
  const length = SetPrototypeGetSize(set)
  const maxLength = limit(ctx, length)
  const output: string[] = []
  ctx.indentationLvl += 2
  const iterator = SetPrototypeValues(set)
  for (let i = 0; i < maxLength; i++) {
    const step = SetIteratorPrototypeNext(iterator)
    if (step.done) break
    ArrayPrototypePush(output, ctx.formatValue(ctx, step.value, recurseTimes))
  }
  if (length - maxLength > 0) ArrayPrototypePush(output, remainingText(length - maxLength))
  ctx.indentationLvl -= 2
  return output
}

export function formatMap(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const map = value as Map<unknown, unknown>
  const length = MapPrototypeGetSize(map)
  const maxLength = limit(ctx, length)
  const output: string[] = []
  ctx.indentationLvl += 2
  const iterator = MapPrototypeEntries(map)
  for (let i = 0; i < maxLength; i++) {
    const step = MapIteratorPrototypeNext(iterator)
    if (step.done) break
    const entry = step.value
    ArrayPrototypePush(output, `${ctx.formatValue(ctx, entry[0], recurseTimes)} => ${ctx.formatValue(ctx, entry[1], recurseTimes)}`)
  }
  if (length - maxLength > 0) ArrayPrototypePush(output, remainingText(length - maxLength))
  ctx.indentationLvl -= 2
  return output
}

/** `[Map Iterator] {`, `[Set Iterator] {`, with a custom tag kept in front. */
export function getIteratorBraces(type: string, tag: string): [string, string] {
  let label = tag
  if (label !== `${type} Iterator`) {
    if (label !== '') label += '] ['
    label += `${type} Iterator`
  }
  return [`[${label}] {`, '}']
}

/** A Map/Set iterator's remaining entries (from the host); `[Map Entries]` for `entries()` iterators. */
export function formatIterator(braces: [string, string], ctx: Ctx, value: object, recurseTimes: number): string[] {
  const preview = ctx.host?.previewEntries?.(value)
  if (preview === undefined) return ['<items unknown>']
  const entries = preview.entries
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0)
  const output: string[] = []
  ctx.indentationLvl += 2
  if (preview.isKeyValue) {
    if (StringPrototypeEndsWith(braces[0], ' Iterator] {')) braces[0] = `${StringPrototypeSlice(braces[0], 0, -12)} Entries] {`
    const len = entries.length / 2
    const maxLength = MathMin(maxArrayLength, len)
    for (let i = 0; i < maxLength; i++) {
      const pair = [ctx.formatValue(ctx, entries[i * 2], recurseTimes), ctx.formatValue(ctx, entries[i * 2 + 1], recurseTimes)]
      ArrayPrototypePush(output, reduceToSingleString(ctx, pair, '', ['[', ']'], ARRAY_EXTRAS_TYPE, recurseTimes))
    }
    ctx.indentationLvl -= 2
    if (len - maxLength > 0) ArrayPrototypePush(output, remainingText(len - maxLength))
    return output
  }
  const maxLength = MathMin(maxArrayLength, entries.length)
  for (let i = 0; i < maxLength; i++) ArrayPrototypePush(output, ctx.formatValue(ctx, entries[i], recurseTimes))
  ctx.indentationLvl -= 2
  if (entries.length - maxLength > 0) ArrayPrototypePush(output, remainingText(entries.length - maxLength))
  return output
}

/** `<pending>`, the value, or `<rejected> reason` (state from the host). */
export function formatPromise(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const details = ctx.host?.promiseState(value)
  if (details === undefined || details.state === 'pending') return ['<pending>']
  ctx.indentationLvl += 2
  const text = ctx.formatValue(ctx, details.value, recurseTimes)
  ctx.indentationLvl -= 2
  return [details.state === 'rejected' ? `<rejected> ${text}` : text]
}

export const formatWeakCollection = (): string[] => ['<items unknown>']
