import { HAS_CAUSE, HAS_LOCATION, KIND_MASK, type TraceBatch } from './batch.ts'
import { EVENT_ARITY } from './events.ts'

/** Arity by kind, as a dense array for the decoding loop. */
const ARITY: (number | undefined)[] = []
for (const [kind, arity] of Object.entries(EVENT_ARITY)) ARITY[Number(kind)] = arity

type ColumnName = 'kind' | 'time' | 'loc' | 'cause' | 'a' | 'b' | 'c'
type Column = Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>
const COLUMN_NAMES: readonly ColumnName[] = ['kind', 'time', 'loc', 'cause', 'a', 'b', 'c']
/** Below this capacity the arrays are small enough to grow all at once. */
const STAGED_GROWTH_FROM = 1 << 16
/** Events of each column copied ahead per batch (at least twice the batch, to be done in time). */
const STAGED_SLICE = 1 << 15

function makeColumn(name: ColumnName, size: number): Column {
  if (name === 'kind') return new Uint8Array(size)
  if (name === 'time') return new Float64Array(size)
  return new Int32Array(size)
}

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
  /** The next doubling's arrays, made ahead, and how many leading events they already hold. */
  private staged: { size: number; arrays: Map<ColumnName, Column>; copied: number } | undefined

  /** Decodes a batch and appends its events; batches must arrive in order. */
  append(batch: TraceBatch): void {
    if (batch.firstSeq !== this.count) {
      throw new RangeError(`Trace batch starts at event ${batch.firstSeq}, but ${this.count} events are loaded.`)
    }
    if (batch.firstStringId !== this.strings.length) {
      throw new RangeError(`Trace batch starts at string ${batch.firstStringId}, but ${this.strings.length} strings are loaded.`)
    }
    for (const s of batch.strings) this.strings.push(s)
    this.reserve(this.count + batch.eventCount, batch.eventCount)
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

  /**
   * Makes room for `capacity` events. The arrays double; once the trace passes half their capacity,
   * the next arrays are made (untouched memory costs nothing yet) and each batch copies the next
   * slice of every column into them, so the batch that crosses the boundary only copies what is
   * left. Copying all seven columns of a million-event trace at once took one batch ~200 ms here:
   * a long task on the page, since touching fresh memory is what costs.
   */
  private reserve(capacity: number, batchEvents: number): void {
    const length = this.kind.length
    if (capacity <= length) {
      if (capacity > length / 2 && length >= STAGED_GROWTH_FROM) this.copyAhead(length * 2, Math.max(STAGED_SLICE, 2 * batchEvents))
      return
    }
    let size = length
    while (size < capacity) size *= 2
    const staged = this.staged?.size === size ? this.staged : undefined
    for (const name of COLUMN_NAMES) {
      const old = this[name]
      const next = staged?.arrays.get(name) ?? makeColumn(name, size)
      const from = staged?.copied ?? 0
      next.set(old.subarray(from, this.count), from)
      this.setColumn(name, next)
    }
    this.staged = undefined
  }

  private copyAhead(size: number, slice: number): void {
    this.staged ??= { size, arrays: new Map(COLUMN_NAMES.map((name) => [name, makeColumn(name, size)])), copied: 0 }
    const { arrays, copied } = this.staged
    const to = Math.min(this.count, copied + slice)
    for (const name of COLUMN_NAMES) arrays.get(name)!.set(this[name].subarray(copied, to), copied)
    this.staged.copied = to
  }

  private setColumn(name: ColumnName, array: Column): void {
    if (name === 'kind') this.kind = array as Uint8Array<ArrayBuffer>
    else if (name === 'time') this.time = array as Float64Array<ArrayBuffer>
    else this[name] = array as Int32Array<ArrayBuffer>
  }
}
