/**
 * `TextEncoder` / `TextDecoder` (UTF-8, plus the encodings Buffer knows),
 * for `node:util` and the node profile's globals.
 */
import {
  NativeUint8Array,
  StringCtor,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  RangeErrorCtor,
} from '../primordials.ts'
import { isArrayBuffer, typedArrayName, isDataView } from '../console/brands.ts'
import { decodeBytes, encodeString, normalizeEncoding, type BufferEncoding } from './encoding.ts'
import { invalidArgType, stampCode } from './errors.ts'
import { isAnyObject } from './values.ts'

export function createTextCoding() {
  class TextEncoder {
    get encoding(): string {
      return 'utf-8'
    }
    encode(input: unknown = ''): Uint8Array {
      return encodeString(StringCtor(input), 'utf8')
    }
    encodeInto(input: unknown, destination: unknown): { read: number; written: number } {
      const text = StringCtor(input)
      if (!isAnyObject(destination) || typedArrayName(destination) !== 'Uint8Array') throw invalidArgType('dest', 'Uint8Array', destination)
      const target = destination as Uint8Array
      const bytes = encodeString(text, 'utf8')
      const written = bytes.length < target.length ? bytes.length : target.length
      for (let i = 0; i < written; i++) target[i] = bytes[i]!
      return { read: written === bytes.length ? text.length : decodeBytes(bytes, 'utf8', 0, written).length, written }
    }
  }

  class TextDecoder {
    readonly #encoding: BufferEncoding
    readonly #label: string
    constructor(label: unknown = 'utf-8') {
      const normalized = normalizeEncoding(StringCtor(label))
      if (normalized === undefined || normalized === 'hex' || normalized === 'base64' || normalized === 'base64url') {
        const error = new RangeErrorCtor(`The "${StringCtor(label)}" encoding is not supported`)
        stampCode(error, 'ERR_ENCODING_NOT_SUPPORTED')
        throw error
      }
      this.#encoding = normalized
      this.#label =
        normalized === 'utf8' ? 'utf-8' : normalized === 'utf16le' ? 'utf-16le' : normalized === 'latin1' ? 'windows-1252' : normalized
    }
    get encoding(): string {
      return this.#label
    }
    decode(input?: unknown): string {
      if (input === undefined) return ''
      let bytes: Uint8Array
      if (isAnyObject(input) && isArrayBuffer(input)) bytes = new NativeUint8Array(input)
      else if (isAnyObject(input) && (typedArrayName(input) !== undefined || isDataView(input))) {
        const view = input as Uint8Array
        bytes = new NativeUint8Array(
          TypedArrayPrototypeGetBuffer(view),
          TypedArrayPrototypeGetByteOffset(view),
          TypedArrayPrototypeGetByteLength(view),
        )
      } else throw invalidArgType('input', 'ArrayBuffer or ArrayBufferView', input)
      let start = 0
      if (this.#encoding === 'utf8' && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
      return decodeBytes(bytes, this.#encoding, start, bytes.length)
    }
  }
  return { TextEncoder, TextDecoder }
}
