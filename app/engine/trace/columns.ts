import { HAS_CAUSE, HAS_LOCATION, KIND_MASK, type TraceBatch } from './batch.ts'
import { EVENT_ARITY, type EventKind } from './events.ts'
import { ByteSource } from './varint.ts'

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
    const source = new ByteSource(batch.bytes)
    let time = batch.baseTime
    for (let i = 0; i < batch.eventCount; i++) {
      const seq = this.count
      const header = source.byte()
      const kind = header & KIND_MASK
      const arity = EVENT_ARITY[kind as EventKind]
      if (arity === undefined) throw new RangeError(`Trace event ${seq} has unknown kind ${kind}.`)
      time += source.uint()
      this.kind[seq] = kind
      this.time[seq] = time
      this.loc[seq] = header & HAS_LOCATION ? source.uint() : 0
      this.cause[seq] = header & HAS_CAUSE ? seq - source.uint() : -1
      this.a[seq] = arity > 0 ? source.int() : 0
      this.b[seq] = arity > 1 ? source.int() : 0
      this.c[seq] = arity > 2 ? source.int() : 0
      this.count++
    }
    if (!source.done) throw new RangeError('Trace batch has bytes left over after its last event.')
    this.encodedBytes += batch.bytes.length
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
