import type { LoopPhase } from '../../engine/trace/events.ts'

/** A frame on the call stack: a function of the learner's, or a coroutine's body. */
export interface StackFrame {
  fnId: number
  /** The coroutine this frame belongs to (0 for ordinary calls). */
  coroutine: number
  /** The event that pushed it. */
  seq: number
  /** Where it was called from / resumed at. */
  loc: number
}

/** A job waiting in the microtask queue or the nextTick queue. */
export interface QueuedJob {
  id: number
  kind: number
  subject: number
  /** The JobEnqueue event. */
  seq: number
  loc: number
}

/** A timer, immediate or animation frame the host is holding. */
export interface PendingTimer {
  id: number
  kind: number
  delayUs: number
  /** Virtual time (µs) it is due. */
  due: number
  seq: number
  loc: number
}

/** Simulated I/O in flight. */
export interface PendingIo {
  id: number
  kind: number
  label: string
  seq: number
  loc: number
}

/** What a coroutine is doing. */
export type CoroutineStatus = 'running' | 'awaiting' | 'queued' | 'suspended' | 'done'

export interface CoroutineState {
  id: number
  fnId: number
  kind: number
  status: CoroutineStatus
  /** The promise it awaits, when awaiting. */
  awaiting: number
  /** Where it awaits or where it was created. */
  loc: number
  since: number
  /** Python: StringId of what the task waits for, in asyncio's words (0 when not waiting). */
  waitFor?: number
}

/** The running task or job. */
export interface Running {
  id: number
  kind: number
  subject: number
  seq: number
  /** A host task that has run none of the program's code yet. */
  internal?: boolean
}

/**
 * The state of the modeled event loop after a given event: what the diagram
 * shows. Collections keep insertion order (Map), which is queue order.
 */
export interface LoopState {
  /** Events applied so far (the state after event `seq - 1`). */
  seq: number
  time: number
  phase: LoopPhase
  task: Running | null
  job: Running | null
  stack: StackFrame[]
  microtasks: Map<number, QueuedJob>
  ticks: Map<number, QueuedJob>
  timers: Map<number, PendingTimer>
  io: Map<number, PendingIo>
  coroutines: Map<number, CoroutineState>
  /** Console events applied so far. */
  consoleCount: number
  /** The statement that ran last. */
  loc: number
  /** Tasks started, host-internal ones included. */
  tasksRun: number
  /** Jobs started, host-internal ones included. */
  jobsRun: number
  /** Of those, tasks that ran no code of the program (Node's exit events…). */
  hostTasksRun: number
  /** Of those, the host's own jobs (Node's module loader…). */
  hostJobsRun: number
  ended: boolean
}

export function emptyState(): LoopState {
  return {
    seq: 0,
    time: 0,
    phase: 0,
    task: null,
    job: null,
    stack: [],
    microtasks: new Map(),
    ticks: new Map(),
    timers: new Map(),
    io: new Map(),
    coroutines: new Map(),
    consoleCount: 0,
    loc: 0,
    tasksRun: 0,
    jobsRun: 0,
    hostTasksRun: 0,
    hostJobsRun: 0,
    ended: false,
  }
}

/** A deep-enough copy: records are never mutated after insertion, so maps copy shallowly. */
export function cloneState(state: LoopState): LoopState {
  const coroutines = new Map<number, CoroutineState>()
  for (const [id, co] of state.coroutines) coroutines.set(id, { ...co })
  return {
    ...state,
    stack: state.stack.slice(),
    microtasks: new Map(state.microtasks),
    ticks: new Map(state.ticks),
    timers: new Map(state.timers),
    io: new Map(state.io),
    coroutines,
  }
}

/** Roughly how many records the state holds (checkpoint spacing grows with it). */
export function stateSize(state: LoopState): number {
  return state.stack.length + state.microtasks.size + state.ticks.size + state.timers.size + state.io.size + state.coroutines.size
}
