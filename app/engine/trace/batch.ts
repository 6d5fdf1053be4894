/**
 * A slice of a trace in transit: the encoded events appended since the
 * previous batch, plus the strings interned since then. Batches of one run
 * are contiguous; concatenating them gives the whole trace.
 *
 * Event encoding (little pieces, in order):
 *   header byte: kind (bits 0–5) | has-location (bit 6) | has-cause (bit 7)
 *   uint  time delta in µs since the previous event (or `baseTime`)
 *   uint  location id             — if has-location
 *   uint  seq − cause             — if has-cause
 *   int × EVENT_ARITY[kind]       — zigzag varints a, b, c
 */
export interface TraceBatch {
  /** Sequence number of the first event in `bytes`. */
  firstSeq: number
  eventCount: number
  /** Virtual time of the event just before this batch (0 for the first batch). */
  baseTime: number
  bytes: Uint8Array
  /** Id of `strings[0]` in the run's string table. */
  firstStringId: number
  strings: string[]
}

export const HAS_LOCATION = 0x40
export const HAS_CAUSE = 0x80
export const KIND_MASK = 0x3f
