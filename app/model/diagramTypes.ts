/** The event-loop diagram's content, as the model computes it and the view draws it. */
import type { LoopPhase, TraceHost } from '../engine/trace/events.ts'

/** What kind of thing an item is (the view picks its colour and icon). */
export type ItemKind = 'frame' | 'task' | 'microtask' | 'tick' | 'timer' | 'immediate' | 'raf' | 'io' | 'ready' | 'internal'

/** One box in the diagram. The same `key` in two pictures is the same thing, moved. */
export interface DiagramItem {
  key: string
  kind: ItemKind
  title: string
  detail: string
  /** Source location to highlight on hover. */
  loc: number
  /** The event that created it (for "why?" on hover). */
  seq: number
  /** For a pending timer: how much of its delay has passed (0…1) and what is left, in words. */
  countdown?: { elapsed: number; left: string }
}

/** What the diagram leaves out unless asked. */
export interface DiagramOptions {
  /** Show the host's own work: Node's module-loader jobs, exit-event tasks, the module's frame under the script. */
  internals?: boolean
}

export interface DiagramColumn {
  items: DiagramItem[]
  /** Items not shown (the column shows the first few). */
  more: number
}

/** Everything the event-loop diagram shows at one step. */
export interface DiagramModel {
  time: number
  clock: string
  host: TraceHost
  phase: LoopPhase
  /** The phase pill to highlight (an id from the profile's pills). */
  pill: string
  /** Innermost frame last. The running task or job is the first entry. */
  stack: DiagramColumn
  microtasks: DiagramColumn
  ticks: DiagramColumn
  /** Tasks that are due: they wait only for the stack and the microtask queue to empty. */
  ready: DiagramColumn
  /** What the host is still holding: timers not yet due, I/O in flight. */
  waiting: DiagramColumn
  /** Tasks and microtasks run so far (the host's own ones only when internals are shown). */
  summary: { tasksRun: number; jobsRun: number }
}
