/**
 * Byte encodings Node's Buffer speaks (utf8, hex, base64, base64url, latin1,
 * ascii, utf16le), written out because the realm a program runs in has no
 * TextEncoder of its own under Node's `vm` (and the sandbox's must not be
 * trusted once the program ran). Invalid UTF-8 decodes to U+FFFD, as in Node.
 */
import {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  NativeUint8Array,
  NumberPrototypeToString,
  ReflectApply,
  StringFromCharCode,
  TypedArrayPrototypeSlice,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
} from '../primordials.ts'

export type BufferEncoding = 'utf8' | 'hex' | 'base64' | 'base64url' | 'latin1' | 'ascii' | 'utf16le'

/** Node's normalizeEncoding: `'UTF-8'` → `'utf8'`, `'binary'` → `'latin1'`…; undefined when unknown. */
export function normalizeEncoding(encoding: unknown): BufferEncoding | undefined {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8'
  if (typeof encoding !== 'string') return undefined
  switch (StringPrototypeToLowerCase(encoding)) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'hex':
      return 'hex'
    case 'base64':
      return 'base64'
    case 'base64url':
      return 'base64url'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'ascii':
      return 'ascii'
    case 'utf16le':
    case 'utf-16le':
    case 'ucs2':
    case 'ucs-2':
      return 'utf16le'
    default:
      return undefined
  }
}

/** UTF-8 bytes of `text` (lone surrogates become U+FFFD, as in Node). */
function utf8Encode(text: string): Uint8Array {
  const out = new NativeUint8Array(text.length * 3)
  let o = 0
  for (let i = 0; i < text.length; i++) {
    let code = StringPrototypeCharCodeAt(text, i)
    if (code < 0x80) {
      out[o++] = code
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = StringPrototypeCharCodeAt(text, i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else code = 0xfffd
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd
    if (code < 0x800) {
      out[o++] = 0xc0 | (code >> 6)
      out[o++] = 0x80 | (code & 63)
    } else if (code < 0x10000) {
      out[o++] = 0xe0 | (code >> 12)
      out[o++] = 0x80 | ((code >> 6) & 63)
      out[o++] = 0x80 | (code & 63)
    } else {
      out[o++] = 0xf0 | (code >> 18)
      out[o++] = 0x80 | ((code >> 12) & 63)
      out[o++] = 0x80 | ((code >> 6) & 63)
      out[o++] = 0x80 | (code & 63)
    }
  }
  return TypedArrayPrototypeSlice(out, 0, o)
}

const CHUNK = 8192

/** Builds a string from UTF-16 code units, a chunk at a time (String.fromCharCode applied to arrays). */
class CodeUnits {
  private readonly parts: string[] = []
  private chunk: number[] = []
  push(code: number): void {
    const chunk = this.chunk
    chunk[chunk.length] = code
    if (chunk.length >= CHUNK) this.flush()
  }
  flush(): void {
    if (this.chunk.length === 0) return
    ArrayPrototypePush(this.parts, ReflectApply(StringFromCharCode, undefined, this.chunk))
    this.chunk = []
  }
  text(): string {
    this.flush()
    return this.parts.length === 1 ? this.parts[0]! : ArrayPrototypeJoin(this.parts, '')
  }
}

function utf8Decode(bytes: ArrayLike<number>, start: number, end: number): string {
  const units = new CodeUnits()
  let i = start
  while (i < end) {
    const b = bytes[i]!
    if (b < 0x80) {
      units.push(b)
      i++
      continue
    }
    let need: number
    let code: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      code = b & 31
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      code = b & 15
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      code = b & 7
      min = 0x10000
    } else {
      units.push(0xfffd)
      i++
      continue
    }
    let j = 1
    for (; j <= need; j++) {
      if (i + j >= end) break
      const next = bytes[i + j]!
      if ((next & 0xc0) !== 0x80) break
      code = (code << 6) | (next & 63)
    }
    if (j <= need || code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      units.push(0xfffd)
      i += j
      continue
    }
    if (code > 0xffff) {
      code -= 0x10000
      units.push(0xd800 + (code >> 10))
      units.push(0xdc00 + (code & 1023))
    } else units.push(code)
    i += need + 1
  }
  return units.text()
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function base64Encode(bytes: ArrayLike<number>, start: number, end: number, url: boolean): string {
  const alphabet = url ? BASE64URL : BASE64
  let out = ''
  let i = start
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!
  }
  if (i < end) {
    const n = (bytes[i]! << 16) | (i + 1 < end ? bytes[i + 1]! << 8 : 0)
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!
    if (i + 1 < end) out += alphabet[(n >> 6) & 63]!
    else if (!url) out += '='
    if (!url) out += '='
  }
  return out
}

function base64Value(code: number): number {
  if (code >= 65 && code <= 90) return code - 65
  if (code >= 97 && code <= 122) return code - 71
  if (code >= 48 && code <= 57) return code + 4
  if (code === 43 || code === 45) return 62
  if (code === 47 || code === 95) return 63
  return -1
}

function base64Decode(text: string): number[] {
  const out: number[] = []
  let bits = 0
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = StringPrototypeCharCodeAt(text, i)
    if (code === 61) break
    const value = base64Value(code)
    if (value < 0) continue
    bits = (bits << 6) | value
    count += 6
    if (count >= 8) {
      count -= 8
      ArrayPrototypePush(out, (bits >> count) & 255)
    }
  }
  return out
}

function hexDecode(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < text.length; i += 2) {
    const high = hexValue(StringPrototypeCharCodeAt(text, i))
    const low = hexValue(StringPrototypeCharCodeAt(text, i + 1))
    if (high < 0 || low < 0) break
    ArrayPrototypePush(out, high * 16 + low)
  }
  return out
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 102) return code - 87
  if (code >= 65 && code <= 70) return code - 55
  return -1
}

/** The bytes of `text` in `encoding`. */
export function encodeString(text: string, encoding: BufferEncoding): Uint8Array {
  if (encoding === 'utf8') return utf8Encode(text)
  let bytes: number[]
  switch (encoding) {
    case 'hex':
      bytes = hexDecode(text)
      break
    case 'base64':
    case 'base64url':
      bytes = base64Decode(text)
      break
    case 'utf16le':
      bytes = []
      for (let i = 0; i < text.length; i++) {
        const code = StringPrototypeCharCodeAt(text, i)
        ArrayPrototypePush(bytes, code & 255, code >> 8)
      }
      break
    default:
      bytes = []
      for (let i = 0; i < text.length; i++) ArrayPrototypePush(bytes, StringPrototypeCharCodeAt(text, i) & 255)
  }
  const out = new NativeUint8Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]!
  return out
}

/** `bytes[start..end)` as text in `encoding`. */
export function decodeBytes(bytes: ArrayLike<number>, encoding: BufferEncoding, start = 0, end = bytes.length): string {
  switch (encoding) {
    case 'utf8':
      return utf8Decode(bytes, start, end)
    case 'hex': {
      let out = ''
      for (let i = start; i < end; i++)
        out += bytes[i]! < 16 ? `0${NumberPrototypeToString(bytes[i]!, 16)}` : NumberPrototypeToString(bytes[i]!, 16)
      return out
    }
    case 'base64':
      return base64Encode(bytes, start, end, false)
    case 'base64url':
      return base64Encode(bytes, start, end, true)
    case 'utf16le': {
      let out = ''
      for (let i = start; i + 1 < end; i += 2) out += StringFromCharCode(bytes[i]! | (bytes[i + 1]! << 8))
      return out
    }
    case 'ascii': {
      const units = new CodeUnits()
      for (let i = start; i < end; i++) units.push(bytes[i]! & 127)
      return units.text()
    }
    default: {
      const units = new CodeUnits()
      for (let i = start; i < end; i++) units.push(bytes[i]!)
      return units.text()
    }
  }
}

/** Bytes `text` takes in `encoding` (Buffer.byteLength). */
export function byteLengthOf(text: string, encoding: BufferEncoding): number {
  return encodeString(text, encoding).length
}
