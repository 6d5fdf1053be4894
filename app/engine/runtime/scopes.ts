/**
 * Scope inspection: in a run started to look at variables, every statement
 * hands the runtime a reader of the bindings it can see (`$ll_v`, emitted by
 * the compiler behind `$ll_s(loc) &&`, so a normal run never creates one).
 * The inspector keeps each frame's newest reader — ordinary calls on a stack,
 * coroutines by id, so a coroutine paused at `await` keeps its own — and when
 * the trace reaches a requested event, it reads them all and formats each
 * value as the console would. The result is language-neutral data
 * ({@link ScopeSnapshot}) a page can show for any host.
 */
import type { FunctionId } from '../trace/ids.ts'
import {
  MapIteratorPrototypeNext,
  MapPrototypeDelete,
  MapPrototypeEntries,
  MapPrototypeGet,
  MapPrototypeSet,
  NativeMap,
  ObjectDefineProperty,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} from './primordials.ts'

/** One binding as shown: its name, the value formatted as the console would, and whether it is the frame's own or a closure's. */
export interface ScopeVariable {
  name: string
  preview: string
  scope: 'local' | 'closure'
}

/** A frame: on the call stack (innermost last), a coroutine paused at `await`/`yield`, or the module's top level. */
export interface ScopeFrame {
  name: string
  kind: 'module' | 'function' | 'suspended'
  /** The line the frame's function starts on (0 when unknown). */
  line: number
  vars: ScopeVariable[]
}

/** The frames and their bindings right after event `seq`. */
export interface ScopeSnapshot {
  seq: number
  frames: ScopeFrame[]
}

type Reader = (k: number) => unknown

interface Slot {
  fnId: number
  coroutine: number
  names: string
  reader: Reader | undefined
}

/** Where functions are, for naming frames. */
export interface FunctionNames {
  name(fnId: number): string
  line(fnId: number): number
}

const PREVIEW_MAX = 300

function append<T>(list: T[], value: T): void {
  ObjectDefineProperty(list, list.length, { value, writable: true, enumerable: true, configurable: true })
}

export class ScopeInspector {
  private readonly stack: Slot[] = []
  private readonly coroutines = new NativeMap<number, Slot>()
  private module: Slot | undefined
  private next = 0
  /** The target was a statement's step: its snapshot waits for that statement's reader. */
  private deferred = false
  private formatting = false
  readonly snapshots: ScopeSnapshot[] = []

  constructor(
    /** Event numbers to snapshot after, ascending. */
    private readonly targets: readonly number[],
    /** Asks the recorder to call back once an event has been recorded. */
    private readonly watch: (seq: number, callback: (step: boolean) => void) => void,
    private readonly currentSeq: () => number,
    private readonly format: (value: unknown) => string,
    private readonly functions: FunctionNames,
  ) {
    this.arm()
  }

  private arm(): void {
    if (!this.done) this.watch(this.targets[this.next]!, (step) => this.reached(step))
  }

  private reached(step: boolean): void {
    if (step && !this.deferred) {
      // Wait for the statement's own reader, or for the next event if none comes.
      this.deferred = true
      this.watch(this.currentSeq(), () => this.take())
      return
    }
    this.take()
  }

  private take(): void {
    if (this.done || this.formatting) return
    this.deferred = false
    const seq = this.currentSeq() - 1
    this.formatting = true
    try {
      const frames = this.frames()
      while (!this.done && this.targets[this.next]! <= seq) {
        append(this.snapshots, { seq: this.targets[this.next]!, frames })
        this.next++
      }
    } finally {
      this.formatting = false
    }
    this.arm()
  }

  /** All requested snapshots are taken: the run can end. */
  get done(): boolean {
    return this.next >= this.targets.length
  }

  /** An ordinary call (or a sync generator resuming) starts a frame. */
  enter(fnId: FunctionId): void {
    append(this.stack, { fnId, coroutine: 0, names: '', reader: undefined })
  }

  exit(): void {
    if (this.stack.length > 0 && this.stack[this.stack.length - 1]!.coroutine === 0) this.stack.length--
  }

  /** A coroutine's body runs (started or resumed): its slot goes on the stack. */
  resume(coroutine: number, fnId: number): void {
    let slot = MapPrototypeGet(this.coroutines, coroutine)
    if (!slot) {
      slot = { fnId, coroutine, names: '', reader: undefined }
      MapPrototypeSet(this.coroutines, coroutine, slot)
      if (fnId === 0 && !this.module) this.module = slot
    }
    append(this.stack, slot)
  }

  /** The coroutine's body paused or ended: off the stack (its slot is kept while it is paused). */
  pause(coroutine: number, ended: boolean): void {
    for (let i = this.stack.length - 1; i >= 0; i--)
      if (this.stack[i]!.coroutine === coroutine) {
        this.stack.length = i
        break
      }
    if (ended && MapPrototypeGet(this.coroutines, coroutine) !== this.module) MapPrototypeDelete(this.coroutines, coroutine)
  }

  /** A statement's reader (`$ll_v`): kept for its frame; a snapshot waiting for it is taken now. */
  statement(names: string, reader: Reader): void {
    const top = this.stack[this.stack.length - 1]
    if (top) {
      top.names = names
      top.reader = reader
    }
    if (this.deferred) this.take()
  }

  /** The run ended: targets past its last event are answered with the final state. */
  finish(): void {
    while (!this.done) {
      const frames = this.frames()
      append(this.snapshots, { seq: this.targets[this.next]!, frames })
      this.next++
    }
  }

  private frames(): ScopeFrame[] {
    const frames: ScopeFrame[] = []
    const onStack = new NativeMap<number, boolean>()
    if (this.module) append(frames, this.frame(this.module, 'module'))
    for (let i = 0; i < this.stack.length; i++) {
      const slot = this.stack[i]!
      if (slot.coroutine !== 0) MapPrototypeSet(onStack, slot.coroutine, true)
      if (slot === this.module) continue
      append(frames, this.frame(slot, 'function'))
    }
    const entries = MapPrototypeEntries(this.coroutines)
    for (let entry = MapIteratorPrototypeNext(entries); !entry.done; entry = MapIteratorPrototypeNext(entries)) {
      const [id, slot] = entry.value
      if (slot === this.module || MapPrototypeGet(onStack, id)) continue
      append(frames, this.frame(slot, 'suspended'))
    }
    return frames
  }

  private frame(slot: Slot, kind: ScopeFrame['kind']): ScopeFrame {
    const vars: ScopeVariable[] = []
    const bar = StringPrototypeIndexOf(slot.names, '|')
    const locals = bar < 0 ? slot.names : StringPrototypeSlice(slot.names, 0, bar)
    const closure = bar < 0 ? '' : StringPrototypeSlice(slot.names, bar + 1)
    let k = 0
    for (let group = 0; group < 2; group++) {
      const list = group === 0 ? locals : closure
      const scope = group === 0 ? 'local' : 'closure'
      if (!list) continue
      const names = StringPrototypeSplit(list, ',')
      for (let n = 0; n < names.length; n++) {
        const name = names[n]!
        const index = k++
        if (!slot.reader) continue
        let value: unknown
        try {
          value = slot.reader(index)
        } catch {
          continue // not initialised yet (temporal dead zone)
        }
        let preview = this.format(value)
        if (preview.length > PREVIEW_MAX) preview = `${StringPrototypeSlice(preview, 0, PREVIEW_MAX - 1)}…`
        append(vars, { name, preview, scope })
      }
    }
    return {
      name: slot.fnId === 0 ? 'main script' : this.functions.name(slot.fnId),
      kind,
      line: this.functions.line(slot.fnId),
      vars,
    }
  }
}
