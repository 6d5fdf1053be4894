import { SafeMath } from '../runtime/primordials.ts'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Int16Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i

/** Standard base64 (RFC 4648), for putting encoded traces in JSON files. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  let chunk = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0
    const triple = (a << 16) | (b << 8) | c
    chunk += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!
    chunk += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63]! : '='
    chunk += i + 2 < bytes.length ? ALPHABET[triple & 63]! : '='
    if (chunk.length >= 8192) {
      parts.push(chunk)
      chunk = ''
    }
  }
  parts.push(chunk)
  return parts.join('')
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '')
  const out = new Uint8Array(SafeMath.floor((clean.length * 3) / 4))
  let o = 0
  for (let i = 0; i < clean.length; i += 4) {
    const values = [0, 1, 2, 3].map((k) => (i + k < clean.length ? (LOOKUP[clean.charCodeAt(i + k)] ?? -1) : 0))
    if (values.some((v) => v < 0)) throw new RangeError(`The trace data is not valid base64 (at character ${i}).`)
    const triple = (values[0]! << 18) | (values[1]! << 12) | (values[2]! << 6) | values[3]!
    out[o++] = (triple >> 16) & 255
    if (i + 2 < clean.length) out[o++] = (triple >> 8) & 255
    if (i + 3 < clean.length) out[o++] = triple & 255
  }
  return out.subarray(0, o)
}
