import { NativeUint8Array, TypedArrayPrototypeSet } from '../runtime/primordials.ts'

const NativeArrayBuffer = ArrayBuffer

/**
 * A growable byte buffer the recorder writes encoded events into (see
 * batch.ts for the encoding). It runs inside the sandbox next to the
 * learner's program, so it never reaches behaviour a program can patch: it
 * keeps its own ArrayBuffer (no `buffer` getter) and makes views with the
 * captured constructor (no species lookups).
 */
export class GrowableBytes {
  private buffer: ArrayBuffer
  bytes: Uint8Array
  length = 0
  /** `bytes.length`, kept here: the typed arrays' `length` getter is the program's to replace. */
  capacity: number

  constructor(initialCapacity = 1 << 16) {
    this.buffer = new NativeArrayBuffer(initialCapacity)
    this.bytes = new NativeUint8Array(this.buffer)
    this.capacity = initialCapacity
  }

  /** The bytes written so far, as a view that owns the whole buffer (so it can be transferred). */
  view(): Uint8Array {
    return new NativeUint8Array(this.buffer, 0, this.length)
  }

  /** Starts over in a fresh buffer (the old one now belongs to a batch). */
  restart(): void {
    this.buffer = new NativeArrayBuffer(this.capacity)
    this.bytes = new NativeUint8Array(this.buffer)
    this.length = 0
  }

  /** Makes room for `extra` more bytes. */
  ensure(extra: number): void {
    if (this.length + extra <= this.capacity) return
    let capacity = this.capacity * 2
    while (capacity < this.length + extra) capacity *= 2
    const buffer = new NativeArrayBuffer(capacity)
    const grown = new NativeUint8Array(buffer)
    TypedArrayPrototypeSet(grown, new NativeUint8Array(this.buffer, 0, this.length))
    this.buffer = buffer
    this.bytes = grown
    this.capacity = capacity
  }
}
