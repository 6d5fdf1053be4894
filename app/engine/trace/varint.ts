/**
 * LEB128-style variable-length integers: 7 bits per byte, high bit set when
 * more bytes follow. Signed values are zigzag-encoded first so small negative
 * numbers stay small. Values must be safe integers below 2^53.
 */
import { MathFloor, NativeUint8Array, TypedArrayPrototypeSet, TypedArrayPrototypeSubarray } from '../runtime/primordials.ts'

/** Writes varints into a growable buffer (runs inside the sandbox: intrinsics are captured). */
export class ByteSink {
  bytes: Uint8Array
  length = 0

  constructor(initialCapacity = 1 << 16) {
    this.bytes = new NativeUint8Array(initialCapacity)
  }

  /** Starts over in a fresh buffer (the old one now belongs to a batch). */
  restart(): void {
    this.bytes = new NativeUint8Array(this.bytes.length)
    this.length = 0
  }

  ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    let capacity = this.bytes.length * 2
    while (capacity < this.length + extra) capacity *= 2
    const grown = new NativeUint8Array(capacity)
    TypedArrayPrototypeSet(grown, TypedArrayPrototypeSubarray(this.bytes, 0, this.length))
    this.bytes = grown
  }

  byte(value: number): void {
    this.bytes[this.length++] = value
  }

  /** Unsigned varint; the caller has ensured 8 spare bytes. */
  uint(value: number): void {
    const bytes = this.bytes
    let n = value
    while (n >= 0x80) {
      bytes[this.length++] = (n & 0x7f) | 0x80
      n = MathFloor(n / 128)
    }
    bytes[this.length++] = n
  }

  int(value: number): void {
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1)
  }
}

export class ByteSource {
  offset = 0
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length
  }

  byte(): number {
    if (this.offset >= this.bytes.length) throw new RangeError('Trace data ends in the middle of an event.')
    return this.bytes[this.offset++]!
  }

  uint(): number {
    let result = 0
    let scale = 1
    for (;;) {
      const b = this.byte()
      result += (b & 0x7f) * scale
      if (b < 0x80) return result
      scale *= 128
      if (scale > 2 ** 56) throw new RangeError('Trace data holds a malformed number.')
    }
  }

  int(): number {
    const z = this.uint()
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2
  }
}
