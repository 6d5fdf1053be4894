import type { NodeTimers } from './timers.ts'

/** What Node's modules (runtime/node/) build on: the host's timer lists, immediates, ticks and handles. */
export interface NodeHostInternals {
  readonly timers: NodeTimers
  readonly process: object
  setImmediate: (callback: (...args: unknown[]) => unknown, args: unknown[]) => object
  clearImmediate: (immediate: unknown) => void
  unrefImmediate: (immediate: unknown) => void
  nextTick: (callback: unknown, args: unknown[]) => void
  /** `process.emitWarning`, taken before the program could replace it. */
  emitWarning: (warning: unknown) => void
  /**
   * A handle that keeps the loop alive without anything scheduled (a
   * listening server). When only such handles are left, the program would
   * wait forever: the run ends, with `reason` as the explanation.
   */
  openHandle: (reason: string) => { close(): void }
  /** When the event loop started (µs of virtual time, -1 before) and how long it has waited in poll so far (µs). */
  readonly loop: { startUs(): number; idleUs(): number }
}
