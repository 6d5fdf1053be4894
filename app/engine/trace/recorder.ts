import {
  ArrayPrototypePush,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  MathFloor,
  MathMin,
  StringPrototypeSlice,
} from '../runtime/primordials.ts'
import { HAS_CAUSE, HAS_LOCATION, type TraceBatch } from './batch.ts'
import { EVENT_ARITY, EventKind } from './events.ts'
import type { EventSeq, LocationId, StringId } from './ids.ts'
import { GrowableBytes } from './growableBytes.ts'

/** A console line emitted while the recorder was muted, held to be replayed later (see {@link TraceRecorder.mute}). */
export interface HeldConsoleLine {
  /** ConsoleLevelCode. */
  readonly level: number
  /** StringId of the text (already interned). */
  readonly text: number
}

/** Where the recorder reads the current virtual time (µs). */
export interface TimeSource {
  readonly now: number
}

/** The longest string a trace keeps (a console line, an error message). */
export const MAX_STRING = 1_000_000

/** `list.slice(from)` without Array species or patched methods. */
function copyFrom<T>(list: readonly T[], from: number): T[] {
  const copy: T[] = []
  for (let i = from; i < list.length; i++) ArrayPrototypePush(copy, list[i]!)
  return copy
}

const ARITY: number[] = []
for (const kind of Object.values(EventKind)) ARITY[kind] = EVENT_ARITY[kind]

/**
 * Appends events to the compact encoding as the program runs. This is the
 * hot path of the engine: one call per statement, frame, job and promise.
 */
export class TraceRecorder {
  /** Sequence number the next event will get (= events recorded so far). */
  seq = 0
  private lastTime = 0
  private readonly sink = new GrowableBytes()
  private readonly strings: string[] = []
  private readonly stringIds = new NativeMap<string, number>()
  private batchStartSeq = 0
  private batchStartString = 0
  private batchBaseTime = 0

  private muteDepth = 0
  private held: HeldConsoleLine[] = []

  /** The next event count at which {@link threshold} runs: the earlier of the batch's end and the watched event. */
  private flushAt = Infinity
  private batchAt = Infinity
  private flushEvery = Infinity
  private flushCallback: () => void = () => {}
  private watchAt = Infinity
  private watchCallback: (step: boolean) => void = () => {}

  constructor(private readonly clock: TimeSource) {}

  /** Calls `callback` whenever `every` events have accumulated since the last batch (live streaming). */
  onFull(every: number, callback: () => void): void {
    this.flushEvery = every
    this.batchAt = this.batchStartSeq + every
    this.flushCallback = callback
    this.flushAt = MathMin(this.batchAt, this.watchAt)
  }

  /**
   * Calls `callback` once event `seq` has been recorded (told whether it was a statement step);
   * used by a run that inspects scopes. Costs nothing more per event than batching does.
   */
  watch(seq: number, callback: (step: boolean) => void): void {
    this.watchAt = seq + 1
    this.watchCallback = callback
    this.flushAt = MathMin(this.batchAt, this.watchAt)
  }

  private threshold(step: boolean): void {
    if (this.seq >= this.watchAt) {
      this.watchAt = Infinity
      this.flushAt = this.batchAt
      this.watchCallback(step)
    }
    if (this.seq >= this.batchAt) this.flushCallback()
  }

  /**
   * Stops recording until the matching {@link unmute}. Used while code runs on
   * a simulated worker's own timeline (`world.createWorker`): its events carry
   * times that are not the main thread's, and recording them would break the
   * trace's monotonic time. Muted events are dropped without using a sequence
   * number (`emit` returns -1, "no event", so nothing can name them as a
   * cause); console lines are held instead, for the caller to replay.
   * Budgets are unaffected: the agent still counts steps and checks the clock.
   */
  mute(): void {
    this.muteDepth++
  }

  /** Ends one {@link mute}; returns the console lines held since the outermost one began. */
  unmute(): HeldConsoleLine[] {
    if (this.muteDepth === 0 || --this.muteDepth > 0) return []
    const held = this.held
    this.held = []
    return held
  }

  get muted(): boolean {
    return this.muteDepth > 0
  }

  /**
   * Records one event and returns its sequence number (-1 while muted).
   * Varints are written inline, with one capacity check: this is the hottest
   * code of a run.
   */
  emit(kind: EventKind, loc: LocationId | number, cause: EventSeq | number, a = 0, b = 0, c = 0): EventSeq {
    if (this.muteDepth > 0) return this.drop(kind, a, b)
    const sink = this.sink
    if (sink.length + 48 > sink.capacity) sink.ensure(48)
    const bytes = sink.bytes
    let o = sink.length
    const seq = this.seq++
    const now = this.clock.now
    let header = kind as number
    if (loc > 0) header |= HAS_LOCATION
    if (cause >= 0) header |= HAS_CAUSE
    bytes[o++] = header
    let n = now - this.lastTime
    this.lastTime = now
    while (n >= 0x80) {
      bytes[o++] = (n & 0x7f) | 0x80
      n = n < 0x80000000 ? n >>> 7 : MathFloor(n / 128)
    }
    bytes[o++] = n
    if (loc > 0) {
      n = loc
      while (n >= 0x80) {
        bytes[o++] = (n & 0x7f) | 0x80
        n >>>= 7
      }
      bytes[o++] = n
    }
    if (cause >= 0) {
      n = seq - cause
      while (n >= 0x80) {
        bytes[o++] = (n & 0x7f) | 0x80
        n = n < 0x80000000 ? n >>> 7 : MathFloor(n / 128)
      }
      bytes[o++] = n
    }
    const arity = ARITY[kind]!
    for (let k = 0; k < arity; k++) {
      const v = k === 0 ? a : k === 1 ? b : c
      n = v >= 0 ? v * 2 : -v * 2 - 1
      while (n >= 0x80) {
        bytes[o++] = (n & 0x7f) | 0x80
        n = n < 0x80000000 ? n >>> 7 : MathFloor(n / 128)
      }
      bytes[o++] = n
    }
    sink.length = o
    if (this.seq >= this.flushAt) this.threshold(false)
    return seq as EventSeq
  }

  private drop(kind: EventKind, a: number, b: number): EventSeq {
    if (kind === EventKind.Console) ArrayPrototypePush(this.held, { level: a, text: b })
    return -1 as EventSeq
  }

  /** The common case, kept small: a statement is about to run. */
  step(loc: number): void {
    if (this.muteDepth > 0) return
    const sink = this.sink
    if (sink.length + 24 > sink.capacity) sink.ensure(24)
    const bytes = sink.bytes
    let o = sink.length
    this.seq++
    const now = this.clock.now
    bytes[o++] = EventKind.Step | HAS_LOCATION
    let n = now - this.lastTime
    this.lastTime = now
    while (n >= 0x80) {
      bytes[o++] = (n & 0x7f) | 0x80
      n = n < 0x80000000 ? n >>> 7 : MathFloor(n / 128)
    }
    bytes[o++] = n
    n = loc
    while (n >= 0x80) {
      bytes[o++] = (n & 0x7f) | 0x80
      n >>>= 7
    }
    bytes[o++] = n
    sink.length = o
    if (this.seq >= this.flushAt) this.threshold(true)
  }

  /** A string's id in the trace's table (huge strings are cut to {@link MAX_STRING} characters). */
  /** The text of an interned string. */
  stringAt(id: number): string {
    return this.strings[id] ?? ''
  }

  intern(text: string): StringId {
    const known = MapPrototypeGet(this.stringIds, text)
    if (known !== undefined) return known as StringId
    const id = this.strings.length
    const stored =
      text.length > MAX_STRING
        ? `${StringPrototypeSlice(text, 0, MAX_STRING)}… [${text.length - MAX_STRING} more characters]${text.charCodeAt(text.length - 1) === 10 ? '\n' : ''}`
        : text
    ArrayPrototypePush(this.strings, stored)
    MapPrototypeSet(this.stringIds, text, id)
    return id as StringId
  }

  /** Strings interned so far. */
  get stringCount(): number {
    return this.strings.length
  }

  /** Bytes recorded since the last batch. */
  get byteLength(): number {
    return this.sink.length
  }

  get pendingEvents(): number {
    return this.seq - this.batchStartSeq
  }

  /** Everything recorded since the previous batch, or undefined if nothing was. */
  takeBatch(): TraceBatch | undefined {
    if (this.seq === this.batchStartSeq && this.strings.length === this.batchStartString) return undefined
    // The batch takes the buffer as it is (no copy, so it can be transferred); recording goes on in a new one.
    const batch: TraceBatch = {
      firstSeq: this.batchStartSeq,
      eventCount: this.seq - this.batchStartSeq,
      baseTime: this.batchBaseTime,
      bytes: this.sink.view(),
      firstStringId: this.batchStartString,
      strings: copyFrom(this.strings, this.batchStartString),
    }
    this.sink.restart()
    this.batchStartSeq = this.seq
    this.batchStartString = this.strings.length
    this.batchBaseTime = this.lastTime
    this.batchAt = this.seq + this.flushEvery
    this.flushAt = MathMin(this.batchAt, this.watchAt)
    return batch
  }
}
