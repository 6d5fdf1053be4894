import { HAS_CAUSE, HAS_LOCATION, KIND_MASK, type TraceBatch } from './batch.ts'
import { EVENT_ARITY } from './events.ts'

/** Arity by kind, as a dense array for the decoding loop. */
const ARITY: (number | undefined)[] = []
for (const [kind, arity] of Object.entries(EVENT_ARITY)) ARITY[Number(kind)] = arity

/**
 * A decoded trace, column by column (one typed array per field), so a million
 * events cost ~40 MB and any field of any event is one array read away.
 */
export class TraceColumns {
  count = 0
  kind = new Uint8Array(1024)
  time = new Float64Array(1024)
  loc = new Int32Array(1024)
  cause = new Int32Array(1024)
  a = new Int32Array(1024)
  b = new Int32Array(1024)
  c = new Int32Array(1024)
  readonly strings: string[] = []
  /** Bytes of encoded trace appended so far (for export and statistics). */
  encodedBytes = 0

  /** Decodes a batch and appends its events; batches must arrive in order. */
  append(batch: TraceBatch): void {
    if (batch.firstSeq !== this.count) {
      throw new RangeError(`Trace batch starts at event ${batch.firstSeq}, but ${this.count} events are loaded.`)
    }
    if (batch.firstStringId !== this.strings.length) {
      throw new RangeError(`Trace batch starts at string ${batch.firstStringId}, but ${this.strings.length} strings are loaded.`)
    }
    for (const s of batch.strings) this.strings.push(s)
    this.reserve(this.count + batch.eventCount)
    const bytes = batch.bytes
    const end = bytes.length
    const { kind: kinds, time: times, loc: locs, cause: causes, a: as, b: bs, c: cs } = this
    let offset = 0
    let time = batch.baseTime
    // Varints are read inline (this loop decodes millions of events).
    const readUint = (): number => {
      let result = 0
      let scale = 1
      for (;;) {
        if (offset >= end) throw new RangeError('Trace data ends in the middle of an event.')
        const b = bytes[offset++]!
        result += (b & 0x7f) * scale
        if (b < 0x80) return result
        scale *= 128
        if (scale > 2 ** 56) throw new RangeError('Trace data holds a malformed number.')
      }
    }
    const readInt = (): number => {
      const z = readUint()
      return z % 2 === 0 ? z / 2 : -(z + 1) / 2
    }
    let seq = this.count
    for (let i = 0; i < batch.eventCount; i++, seq++) {
      if (offset >= end) throw new RangeError('Trace data ends in the middle of an event.')
      const header = bytes[offset++]!
      const kind = header & KIND_MASK
      const arity = ARITY[kind]
      if (arity === undefined) throw new RangeError(`Trace event ${seq} has unknown kind ${kind}.`)
      const first = bytes[offset]!
      if (first < 0x80 && offset < end) {
        time += first
        offset++
      } else time += readUint()
      kinds[seq] = kind
      times[seq] = time
      locs[seq] = header & HAS_LOCATION ? readUint() : 0
      causes[seq] = header & HAS_CAUSE ? seq - readUint() : -1
      as[seq] = arity > 0 ? readInt() : 0
      bs[seq] = arity > 1 ? readInt() : 0
      cs[seq] = arity > 2 ? readInt() : 0
    }
    this.count = seq
    if (offset !== end) throw new RangeError('Trace batch has bytes left over after its last event.')
    this.encodedBytes += bytes.length
  }

  private reserve(capacity: number): void {
    if (capacity <= this.kind.length) return
    let size = this.kind.length
    while (size < capacity) size *= 2
    const grow = <T extends Uint8Array | Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(size)
      next.set(old)
      return next
    }
    this.kind = grow(this.kind, (n) => new Uint8Array(n))
    this.time = grow(this.time, (n) => new Float64Array(n))
    this.loc = grow(this.loc, (n) => new Int32Array(n))
    this.cause = grow(this.cause, (n) => new Int32Array(n))
    this.a = grow(this.a, (n) => new Int32Array(n))
    this.b = grow(this.b, (n) => new Int32Array(n))
    this.c = grow(this.c, (n) => new Int32Array(n))
  }
}
