/**
 * `Buffer` (node:buffer and the node profile's global): a Uint8Array whose
 * prototype is Node's (Buffer.prototype is FastBuffer.prototype, so
 * `subarray`/`slice` share memory and return Buffers), with the methods
 * programs use to read files and bodies: `from`, `alloc`, `concat`,
 * `byteLength`, `toString(encoding)`, `equals`, `compare`, `indexOf`,
 * `write`, `copy`, `fill`, `toJSON`, integer reads and writes. It prints as
 * Node prints it: `<Buffer 68 65 6c 6c 6f>`.
 */
import {
  ArrayIsArray,
  MathMin,
  NativeUint8Array,
  NumberPrototypeToString,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  ReflectGet,
  StringCtor,
  SymbolFor,
  SymbolSpecies,
  TypeErrorCtor,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  isObject,
} from '../primordials.ts'
import { isArrayBuffer, isSharedArrayBuffer, typedArrayName } from '../console/brands.ts'
import { decodeBytes, encodeString, normalizeEncoding, type BufferEncoding } from './encoding.ts'
import { invalidArgType, nodeError, outOfRange } from './errors.ts'

const INSPECT_MAX_BYTES = 50
const K_MAX_LENGTH = 2 ** 32

/** A Buffer as the runtime handles it. */
export type NodeBuffer = Uint8Array & { toString(encoding?: string, start?: number, end?: number): string }

export interface BufferKit {
  Buffer: BufferConstructorLike
  /** A Buffer over the same memory as `bytes`. */
  wrap(bytes: Uint8Array): NodeBuffer
  /** A Buffer holding a copy of `bytes`. */
  copy(bytes: Uint8Array): NodeBuffer
  isBuffer(value: unknown): value is NodeBuffer
  /** The bytes of a string, Buffer, typed array or DataView (what fs and http accept as data). */
  toBytes(data: unknown, encoding?: unknown): Uint8Array
}

type BufferConstructorLike = ((...args: unknown[]) => NodeBuffer) & Record<string, unknown>

function encodingOf(encoding: unknown): BufferEncoding {
  const normalized = normalizeEncoding(encoding)
  if (normalized === undefined) throw nodeError(TypeErrorCtor, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${StringCtor(encoding)}`)
  return normalized
}

function clampIndex(value: unknown, length: number, fallback: number): number {
  if (value === undefined) return fallback
  let n = +(value as number)
  if (n !== n) n = 0
  n = n < 0 ? 0 : n > length ? length : n
  return n | 0
}

export function createBuffer(): BufferKit {
  class FastBuffer extends NativeUint8Array {}
  const proto = FastBuffer.prototype as unknown as Record<string, unknown>

  const wrap = (bytes: Uint8Array): NodeBuffer =>
    new FastBuffer(TypedArrayPrototypeGetBuffer(bytes), TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetLength(bytes))
  const isBuffer = (value: unknown): value is NodeBuffer => value instanceof FastBuffer

  function alloc(size: unknown, fill?: unknown, encoding?: unknown): NodeBuffer {
    if (typeof size !== 'number') throw invalidArgType('size', 'number', size)
    if (!(size >= 0 && size <= K_MAX_LENGTH)) throw outOfRange('size', `>= 0 && <= ${K_MAX_LENGTH}`, StringCtor(size))
    const buffer = new FastBuffer(size) as unknown as NodeBuffer
    if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buffer, fill, 0, size, encoding)
    return buffer
  }

  function fromValue(value: unknown, encodingOrOffset?: unknown, length?: unknown): NodeBuffer {
    if (typeof value === 'string') return wrap(encodeString(value, encodingOf(encodingOrOffset)))
    if (isObject(value)) {
      if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
        const total = (value as ArrayBuffer).byteLength
        const offset = encodingOrOffset === undefined ? 0 : +(encodingOrOffset as number) || 0
        const size = length === undefined ? total - offset : +(length as number) || 0
        return new FastBuffer(value as ArrayBuffer, offset, size)
      }
      if (typedArrayName(value) !== undefined) {
        const source = value as Uint8Array
        const copy = new FastBuffer(TypedArrayPrototypeGetLength(source))
        for (let i = 0; i < copy.length; i++) copy[i] = source[i]! & 255
        return copy
      }
      const arrayLike =
        (value as { type?: unknown; data?: unknown }).type === 'Buffer' && ArrayIsArray((value as { data: unknown }).data)
          ? (value as { data: unknown[] }).data
          : (value as ArrayLike<unknown>)
      const count = ReflectGet(arrayLike, 'length')
      if (typeof count === 'number') {
        const copy = new FastBuffer(count >>> 0)
        for (let i = 0; i < copy.length; i++) copy[i] = +(arrayLike[i] as number) & 255
        return copy
      }
    }
    throw invalidArgType('first argument', 'string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value)
  }

  function toBytes(data: unknown, encoding?: unknown): Uint8Array {
    if (typeof data === 'string') return encodeString(data, encodingOf(encoding))
    if (isObject(data) && typedArrayName(data) !== undefined) {
      const view = data as Uint8Array
      return new NativeUint8Array(
        TypedArrayPrototypeGetBuffer(view),
        TypedArrayPrototypeGetByteOffset(view),
        TypedArrayPrototypeGetByteLength(view),
      )
    }
    throw invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data)
  }

  function fillBuffer(buffer: NodeBuffer, value: unknown, start: number, end: number, encoding: unknown): void {
    if (typeof value === 'number') {
      for (let i = start; i < end; i++) buffer[i] = value & 255
      return
    }
    const bytes = toBytes(typeof value === 'string' ? value : value, encoding)
    if (bytes.length === 0) return
    for (let i = start, k = 0; i < end; i++, k = (k + 1) % bytes.length) buffer[i] = bytes[k]!
  }

  function Buffer(this: unknown, arg: unknown, encodingOrOffset?: unknown, length?: unknown): NodeBuffer {
    if (typeof arg === 'number') return alloc(arg)
    return fromValue(arg, encodingOrOffset, length)
  }
  const ctor = Buffer as unknown as BufferConstructorLike
  ObjectDefineProperty(ctor, 'prototype', { value: proto, writable: false })
  ObjectDefineProperty(proto, 'constructor', { value: Buffer, writable: true, enumerable: false, configurable: true })
  ObjectSetPrototypeOf(ctor, NativeUint8Array)
  ObjectDefineProperty(ctor, SymbolSpecies, { get: () => FastBuffer, configurable: true })

  const statics: Record<string, unknown> = {
    from: fromValue,
    alloc,
    allocUnsafe: (size: unknown) => alloc(size),
    allocUnsafeSlow: (size: unknown) => alloc(size),
    isBuffer,
    isEncoding: (encoding: unknown) => typeof encoding === 'string' && encoding !== '' && normalizeEncoding(encoding) !== undefined,
    byteLength(value: unknown, encoding?: unknown): number {
      if (typeof value === 'string') return encodeString(value, encodingOf(encoding)).length
      if (isObject(value) && (typedArrayName(value) !== undefined || isArrayBuffer(value))) return ReflectGet(value, 'byteLength') as number
      throw invalidArgType('string', 'string or an instance of Buffer or ArrayBuffer', value)
    },
    concat(list: unknown, totalLength?: unknown): NodeBuffer {
      if (!ArrayIsArray(list)) throw invalidArgType('list', 'Array', list)
      let total = 0
      for (let i = 0; i < list.length; i++) {
        const item = list[i] as unknown
        if (!isObject(item) || typedArrayName(item) === undefined) throw invalidArgType(`list[${i}]`, 'Buffer or Uint8Array', item)
        total += TypedArrayPrototypeGetLength(item)
      }
      const size = totalLength === undefined ? total : +(totalLength as number) >>> 0
      const out = new FastBuffer(size)
      let offset = 0
      for (let i = 0; i < list.length && offset < size; i++) {
        const item = list[i] as Uint8Array
        const take = MathMin(TypedArrayPrototypeGetLength(item), size - offset)
        TypedArrayPrototypeSet(out, TypedArrayPrototypeSubarray(item, 0, take), offset)
        offset += take
      }
      return out
    },
    compare(a: unknown, b: unknown): number {
      return compareBytes(a as Uint8Array, b as Uint8Array)
    },
    poolSize: 8192,
  }
  const staticNames = [
    'from',
    'alloc',
    'allocUnsafe',
    'allocUnsafeSlow',
    'isBuffer',
    'isEncoding',
    'byteLength',
    'concat',
    'compare',
    'poolSize',
  ]
  for (let i = 0; i < staticNames.length; i++) {
    ObjectDefineProperty(ctor, staticNames[i]!, { value: statics[staticNames[i]!], writable: true, enumerable: true, configurable: true })
  }

  function compareBytes(a: Uint8Array, b: Uint8Array): number {
    const length = MathMin(a.length, b.length)
    for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
  }

  function indexOf(self: Uint8Array, value: unknown, byteOffset: unknown, encoding: unknown): number {
    const needle = typeof value === 'number' ? [value & 255] : toBytes(value, encoding)
    let start = byteOffset === undefined ? 0 : +(byteOffset as number) || 0
    if (start < 0) start = self.length + start
    if (start < 0) start = 0
    if (needle.length === 0) return start <= self.length ? start : self.length
    outer: for (let i = start; i + needle.length <= self.length; i++) {
      for (let k = 0; k < needle.length; k++) if (self[i + k] !== needle[k]) continue outer
      return i
    }
    return -1
  }

  const methods: Record<string, (this: NodeBuffer, ...args: never[]) => unknown> = {
    toString(this: NodeBuffer, encoding?: unknown, start?: unknown, end?: unknown): string {
      const length = TypedArrayPrototypeGetLength(this)
      const from = clampIndex(start, length, 0)
      const to = clampIndex(end, length, length)
      if (to <= from) return ''
      return decodeBytes(this, encodingOf(encoding), from, to)
    },
    toJSON(this: NodeBuffer) {
      const data: number[] = []
      for (let i = 0; i < this.length; i++) data[i] = this[i]!
      return { type: 'Buffer', data }
    },
    equals(this: NodeBuffer, other: unknown): boolean {
      if (!isObject(other) || typedArrayName(other) === undefined) throw invalidArgType('otherBuffer', 'Buffer or Uint8Array', other)
      return compareBytes(this, other as Uint8Array) === 0
    },
    compare(this: NodeBuffer, other: unknown): number {
      if (!isObject(other) || typedArrayName(other) === undefined) throw invalidArgType('target', 'Buffer or Uint8Array', other)
      return compareBytes(this, other as Uint8Array)
    },
    indexOf(this: NodeBuffer, value: unknown, byteOffset?: unknown, encoding?: unknown): number {
      return indexOf(this, value, byteOffset, encoding)
    },
    includes(this: NodeBuffer, value: unknown, byteOffset?: unknown, encoding?: unknown): boolean {
      return indexOf(this, value, byteOffset, encoding) !== -1
    },
    slice(this: NodeBuffer, start?: unknown, end?: unknown): NodeBuffer {
      return wrap(TypedArrayPrototypeSubarray(this as Uint8Array, start as number, end as number))
    },
    write(this: NodeBuffer, text: unknown, offset?: unknown, length?: unknown, encoding?: unknown): number {
      if (typeof text !== 'string') throw invalidArgType('argument', 'string', text)
      if (typeof offset === 'string') {
        encoding = offset
        offset = 0
      } else if (typeof length === 'string') {
        encoding = length
        length = undefined
      }
      const at = offset === undefined ? 0 : +(offset as number) >>> 0
      const bytes = encodeString(text, encodingOf(encoding))
      const max = MathMin(bytes.length, this.length - at, length === undefined ? Infinity : +(length as number) >>> 0)
      for (let i = 0; i < max; i++) this[at + i] = bytes[i]!
      return max < 0 ? 0 : max
    },
    copy(this: NodeBuffer, target: unknown, targetStart?: unknown, sourceStart?: unknown, sourceEnd?: unknown): number {
      if (!isObject(target) || typedArrayName(target) === undefined) throw invalidArgType('target', 'Buffer or Uint8Array', target)
      const to = target as Uint8Array
      const t = targetStart === undefined ? 0 : +(targetStart as number) >>> 0
      const s = sourceStart === undefined ? 0 : +(sourceStart as number) >>> 0
      const e = sourceEnd === undefined ? this.length : MathMin(+(sourceEnd as number) >>> 0, this.length)
      let copied = 0
      for (let i = s; i < e && t + copied < to.length; i++, copied++) to[t + copied] = this[i]!
      return copied
    },
    fill(this: NodeBuffer, value: unknown, offset?: unknown, end?: unknown, encoding?: unknown): NodeBuffer {
      if (typeof offset === 'string') {
        encoding = offset
        offset = undefined
      }
      fillBuffer(this, value, clampIndex(offset, this.length, 0), clampIndex(end, this.length, this.length), encoding)
      return this
    },
  }
  const methodNames = ['toString', 'toJSON', 'equals', 'compare', 'indexOf', 'includes', 'slice', 'write', 'copy', 'fill']
  for (let i = 0; i < methodNames.length; i++) {
    ObjectDefineProperty(proto, methodNames[i]!, { value: methods[methodNames[i]!], writable: true, enumerable: false, configurable: true })
  }
  defineIntegerMethods(proto)

  ObjectDefineProperty(proto, SymbolFor('nodejs.util.inspect.custom'), {
    value: function inspect(this: NodeBuffer) {
      const max = MathMin(INSPECT_MAX_BYTES, this.length)
      let text = ''
      for (let i = 0; i < max; i++) text += `${i === 0 ? '' : ' '}${this[i]! < 16 ? '0' : ''}${NumberPrototypeToString(this[i]!, 16)}`
      const remaining = this.length - INSPECT_MAX_BYTES
      if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`
      const name = ReflectGet(ReflectGet(this, 'constructor') as object, 'name') as string
      return `<${name} ${text}>`
    },
    writable: true,
    enumerable: false,
    configurable: true,
  })

  const copy = (bytes: Uint8Array): NodeBuffer => {
    const out = new FastBuffer(TypedArrayPrototypeGetLength(bytes))
    TypedArrayPrototypeSet(out, bytes, 0)
    return out
  }
  return { Buffer: ctor, wrap, copy, isBuffer, toBytes }
}

/** readUInt8 … writeInt32BE: the integer accessors programs reach for. */
function defineIntegerMethods(proto: Record<string, unknown>): void {
  const check = (buffer: Uint8Array, offset: unknown, size: number): number => {
    const at = offset === undefined ? 0 : (offset as number)
    if (typeof at !== 'number' || at % 1 !== 0) throw invalidArgType('offset', 'number', offset)
    if (at < 0 || at + size > buffer.length) {
      throw outOfRange('offset', `>= 0 and <= ${buffer.length - size}`, StringCtor(at))
    }
    return at
  }
  const read = (size: number, little: boolean, signed: boolean) =>
    function (this: Uint8Array, offset?: unknown): number {
      const at = check(this, offset, size)
      let value = 0
      for (let i = 0; i < size; i++) value = value * 256 + this[at + (little ? size - 1 - i : i)]!
      if (signed && value >= 2 ** (size * 8 - 1)) value -= 2 ** (size * 8)
      return value
    }
  const write = (size: number, little: boolean) =>
    function (this: Uint8Array, value: unknown, offset?: unknown): number {
      const at = check(this, offset, size)
      let n = +(value as number)
      if (n < 0) n += 2 ** (size * 8)
      for (let i = 0; i < size; i++) {
        this[at + (little ? i : size - 1 - i)] = n % 256
        n = (n - (n % 256)) / 256
      }
      return at + size
    }
  const table: [string, (...args: never[]) => unknown][] = [
    ['readUInt8', read(1, false, false)],
    ['readInt8', read(1, false, true)],
    ['readUInt16LE', read(2, true, false)],
    ['readUInt16BE', read(2, false, false)],
    ['readInt16LE', read(2, true, true)],
    ['readInt16BE', read(2, false, true)],
    ['readUInt32LE', read(4, true, false)],
    ['readUInt32BE', read(4, false, false)],
    ['readInt32LE', read(4, true, true)],
    ['readInt32BE', read(4, false, true)],
    ['writeUInt8', write(1, false)],
    ['writeInt8', write(1, false)],
    ['writeUInt16LE', write(2, true)],
    ['writeUInt16BE', write(2, false)],
    ['writeUInt32LE', write(4, true)],
    ['writeUInt32BE', write(4, false)],
    ['writeInt32LE', write(4, true)],
    ['writeInt32BE', write(4, false)],
  ]
  for (let i = 0; i < table.length; i++) {
    ObjectDefineProperty(proto, table[i]![0], { value: table[i]![1], writable: true, enumerable: false, configurable: true })
  }
}
