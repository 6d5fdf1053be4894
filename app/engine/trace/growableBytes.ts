import { NativeUint8Array, TypedArrayPrototypeSet, TypedArrayPrototypeSubarray } from '../runtime/primordials.ts'

/**
 * A growable byte buffer the recorder writes encoded events into (see
 * batch.ts for the encoding). It runs inside the sandbox, so it only uses
 * captured intrinsics.
 */
export class GrowableBytes {
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

  /** Makes room for `extra` more bytes. */
  ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    let capacity = this.bytes.length * 2
    while (capacity < this.length + extra) capacity *= 2
    const grown = new NativeUint8Array(capacity)
    TypedArrayPrototypeSet(grown, TypedArrayPrototypeSubarray(this.bytes, 0, this.length))
    this.bytes = grown
  }
}
