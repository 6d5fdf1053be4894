import { EventKind, TimerKind } from '../../../trace/events.ts'
import type { EventSeq, TimerId } from '../../../trace/ids.ts'
import type { Agent } from '../../agent.ts'
import {
  MathFloor,
  MathMax,
  MathRound,
  NativeMap,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  SymbolToPrimitive,
  ObjectDefineProperty,
} from '../../primordials.ts'
import { MinHeap } from '../heap.ts'

/** Node's TIMEOUT_MAX: delays outside 1…2^31−1 ms become 1 ms. */
const TIMEOUT_MAX = 2 ** 31 - 1

/** Internal bookkeeping of one timer (kept off the object learners see). */
export interface TimerEntry {
  readonly id: TimerId
  readonly object: NodeTimeout
  callback: ((...args: unknown[]) => unknown) | null
  args: readonly unknown[]
  msecs: number
  repeat: number | null
  idleStart: number
  refed: boolean
  list: TimerList | null
  prev: TimerEntry | null
  next: TimerEntry | null
  setSeq: EventSeq
}

/** All active timers of one duration, in insertion order (Node's TimersList). */
export class TimerList {
  head: TimerEntry | null = null
  tail: TimerEntry | null = null
  constructor(
    public expiry: number,
    readonly msecs: number,
    public id: number,
  ) {}
}

/** The object `setTimeout` returns under the node profile (Node's `Timeout`). */
export interface NodeTimeout {
  ref(): NodeTimeout
  unref(): NodeTimeout
  hasRef(): boolean
  refresh(): NodeTimeout
  close(): NodeTimeout
}

/**
 * Node's timer model (lib/internal/timers.js): one list per duration, a
 * priority queue of lists by (expiry, list id), insertion order within a list,
 * ms-resolution loop time.
 */
export class NodeTimers {
  private readonly lists = new NativeMap<number, TimerList>()
  private readonly queue = new MinHeap<TimerList>((a, b) => a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id))
  private readonly byObject = new NativeMap<unknown, TimerEntry>()
  private readonly byPrimitive = new NativeMap<number, TimerEntry>()
  private nextListId = 1
  refCount = 0
  readonly TimeoutClass: new () => NodeTimeout

  constructor(private readonly agent: Agent) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Timeout class's own methods need `this` for the timeout, so they reach the timer list by name
    const timers = this
    // A class whose name prints as `Timeout`, with Node's methods.
    class Timeout {
      ref(): Timeout {
        timers.setRef(this, true)
        return this
      }
      unref(): Timeout {
        timers.setRef(this, false)
        return this
      }
      hasRef(): boolean {
        return MapPrototypeGet(timers.byObject, this)?.refed ?? false
      }
      refresh(): Timeout {
        timers.refresh(this)
        return this
      }
      close(): Timeout {
        timers.clear(this)
        return this
      }
      [SymbolToPrimitive](): number {
        const entry = MapPrototypeGet(timers.byObject, this)
        if (entry) MapPrototypeSet(timers.byPrimitive, entry.id as number, entry)
        return entry ? entry.id : NaN
      }
    }
    this.TimeoutClass = Timeout
  }

  /** getLibuvNow(): the loop's clock in whole milliseconds. */
  nowMs(): number {
    return MathFloor(this.agent.clock.now / 1000)
  }

  /** setTimeout / setInterval: returns the Timeout object. */
  create(callback: (...args: unknown[]) => unknown, after: unknown, args: readonly unknown[], repeat: boolean): NodeTimeout {
    let msecs = (after as number) * 1
    if (!(msecs >= 1 && msecs <= TIMEOUT_MAX)) msecs = 1
    const object = new this.TimeoutClass()
    const id = this.agent.newId('timer') as TimerId
    const entry: TimerEntry = {
      id,
      object,
      callback,
      args,
      msecs,
      repeat: repeat ? msecs : null,
      idleStart: 0,
      refed: true,
      list: null,
      prev: null,
      next: null,
      setSeq: -1 as EventSeq,
    }
    ObjectDefineProperty(object, '_idleTimeout', { value: msecs, writable: true, enumerable: true, configurable: true })
    MapPrototypeSet(this.byObject, object, entry)
    this.refCount++
    this.insert(entry, this.nowMs())
    entry.setSeq = this.agent.emit(EventKind.TimerSet, -1, id, MathRound(msecs * 1000), repeat ? TimerKind.Interval : TimerKind.Timeout)
    return object
  }

  private insert(entry: TimerEntry, start: number): void {
    entry.idleStart = start
    let list = MapPrototypeGet(this.lists, entry.msecs)
    if (!list) {
      list = new TimerList(start + entry.msecs, entry.msecs, this.nextListId++)
      MapPrototypeSet(this.lists, entry.msecs, list)
      this.queue.push(list)
    }
    entry.list = list
    entry.prev = list.tail
    entry.next = null
    if (list.tail) list.tail.next = entry
    else list.head = entry
    list.tail = entry
  }

  private unlink(entry: TimerEntry): void {
    const list = entry.list
    if (!list) return
    if (entry.prev) entry.prev.next = entry.next
    else list.head = entry.next
    if (entry.next) entry.next.prev = entry.prev
    else list.tail = entry.prev
    entry.prev = entry.next = null
    entry.list = null
    if (!list.head) {
      MapPrototypeDelete(this.lists, list.msecs)
      this.queue.remove(list)
    }
  }

  private entryOf(handle: unknown): TimerEntry | undefined {
    if (typeof handle === 'number' || typeof handle === 'string') return MapPrototypeGet(this.byPrimitive, +handle)
    return MapPrototypeGet(this.byObject, handle)
  }

  clear(handle: unknown): void {
    const entry = this.entryOf(handle)
    if (!entry || entry.callback === null) return
    entry.callback = null
    if (entry.refed) this.refCount--
    this.unlink(entry)
    this.agent.emit(EventKind.TimerClear, -1, entry.id)
  }

  /** `timeout.ref()` / `unref()`. */
  setRef(handle: unknown, refed: boolean): void {
    const entry = this.entryOf(handle)
    if (!entry || entry.refed === refed) return
    entry.refed = refed
    if (entry.callback !== null) this.refCount += refed ? 1 : -1
  }

  private refresh(handle: unknown): void {
    const entry = this.entryOf(handle)
    if (!entry || entry.callback === null) return
    this.unlink(entry)
    this.insert(entry, this.nowMs())
    entry.setSeq = this.agent.emit(
      EventKind.TimerSet,
      -1,
      entry.id,
      MathRound(entry.msecs * 1000),
      entry.repeat !== null ? TimerKind.Interval : TimerKind.Timeout,
    )
  }

  /** The earliest list expiry in ms, or Infinity. */
  nextExpiry(): number {
    return this.queue.peek()?.expiry ?? Infinity
  }

  /**
   * processTimers(now): runs every due timer, list by list. `run` runs the
   * callback as a task; `between` drains nextTicks and microtasks (Node runs
   * them between timers, not before the first).
   */
  process(now: number, run: (entry: TimerEntry) => void, between: () => void): void {
    let ranAtLeastOneList = false
    for (let list = this.queue.peek(); list; list = this.queue.peek()) {
      if (list.expiry > now) return
      if (ranAtLeastOneList) between()
      else ranAtLeastOneList = true
      this.processList(list, now, run, between)
    }
  }

  private processList(list: TimerList, now: number, run: (entry: TimerEntry) => void, between: () => void): void {
    let ranAtLeastOneTimer = false
    for (let entry = list.head; entry; entry = list.head) {
      const diff = now - entry.idleStart
      if (diff < list.msecs) {
        list.expiry = MathMax(entry.idleStart + list.msecs, now + 1)
        list.id = this.nextListId++
        this.queue.percolateDownTop()
        return
      }
      if (ranAtLeastOneTimer) between()
      else ranAtLeastOneTimer = true
      this.unlink(entry)
      const start = entry.repeat !== null ? this.nowMs() : 0
      run(entry)
      if (entry.repeat !== null && entry.callback !== null) {
        entry.msecs = entry.repeat
        this.insert(entry, start)
        entry.setSeq = this.agent.emit(EventKind.TimerSet, entry.setSeq, entry.id, MathRound(entry.msecs * 1000), TimerKind.Interval)
      } else if (entry.callback !== null) {
        entry.callback = null
        if (entry.refed) this.refCount--
      }
      if (!list.head) return
    }
  }
}
