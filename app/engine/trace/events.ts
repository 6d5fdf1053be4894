/**
 * The trace: the contract between the engine and everything else.
 *
 * A run produces an append-only log of events. Every event has
 * - `kind`  — one of {@link EventKind};
 * - `time`  — virtual time in µs when it happened ({@link VirtualTime});
 * - `loc`   — the learner's source location it belongs to, or 0;
 * - `cause` — the sequence number of the event that made it happen (the
 *             enqueue that a start answers, the `then` whose reaction this
 *             is, the timer set that a firing answers), or -1;
 * - `a`, `b`, `c` — small integers whose meaning depends on the kind
 *             (documented on each kind below).
 * The sequence number of an event is its position in the log.
 *
 * Versioning: {@link TRACE_FORMAT_VERSION} changes when the meaning of an
 * existing kind or field changes; new kinds may be added within a version
 * (readers skip kinds they do not know, using {@link EVENT_ARITY}).
 */
export const TRACE_FORMAT_VERSION = 1

export const EventKind = {
  /** The run begins. a: {@link HostProfileCode}; b: random seed. */
  RunStart: 1,
  /** The run is over. a: exit code; b: {@link RunEndReason}. */
  RunEnd: 2,
  /** A task (macrotask) starts running. a: TaskId; b: {@link TaskSource}; c: subject id (timer, request, message…). cause: what queued it. */
  TaskStart: 3,
  /** The running task ends (its microtask checkpoint is already done). a: TaskId. */
  TaskEnd: 4,
  /** A job joins a queue. a: JobId; b: {@link JobKind}; c: subject (PromiseId, CoroutineId…). */
  JobEnqueue: 5,
  /** A queued job starts. a: JobId; b: {@link JobKind}; c: subject. cause: its enqueue. */
  JobStart: 6,
  /** The running job ends. a: JobId. */
  JobEnd: 7,
  /** A function of the learner's is entered. a: FunctionId; b: CoroutineId or 0. loc: the function. */
  FramePush: 8,
  /** The innermost frame returns, throws or suspends. a: FunctionId. */
  FramePop: 9,
  /** A statement is about to run. loc: the statement. */
  Step: 10,
  /** A promise is created. a: PromiseId; b: {@link PromiseOrigin}. */
  PromiseCreate: 11,
  /** A promise settles. a: PromiseId; b: 0 fulfilled, 1 rejected; c: StringId of a short preview of the value. */
  PromiseSettle: 12,
  /** A reaction is registered on a promise (then/catch/finally/await/combinator). a: PromiseId watched; b: PromiseId derived (0 if none); c: {@link ReactionKind}. */
  PromiseThen: 13,
  /** A promise is resolved with a thenable, which queues a resolve-thenable job. a: PromiseId; b: PromiseId of the thenable if it is a promise, else 0. */
  PromiseResolveThenable: 14,
  /** A coroutine (async function call, async generator, the module body) begins. a: CoroutineId; b: FunctionId; c: {@link CoroutineKind}. */
  CoroutineStart: 15,
  /** A coroutine finishes. a: CoroutineId; b: 0 returned, 1 threw. */
  CoroutineEnd: 16,
  /** A coroutine suspends at an `await` (or `for await`). a: CoroutineId; b: PromiseId awaited; c: 1 if that promise had already settled. */
  AwaitSuspend: 17,
  /** A coroutine resumes after an await. a: CoroutineId; b: 0 with a value, 1 with a thrown reason. */
  AwaitResume: 18,
  /** An async generator yields a value to its consumer. a: CoroutineId. */
  CoroutineYield: 19,
  /** A timer or other delayed host callback is scheduled. a: TimerId; b: delay in µs; c: {@link TimerKind}. */
  TimerSet: 20,
  /** A scheduled timer is cancelled. a: TimerId. */
  TimerClear: 21,
  /** Simulated host I/O begins (a request, a message in flight). a: RequestId; b: {@link IoKind}; c: StringId label (route, channel). */
  IoStart: 22,
  /** Simulated I/O completes (its callback becomes a task) or is cancelled. a: RequestId; b: 0 ok, 1 failed, 2 cancelled. */
  IoComplete: 23,
  /** A console line. a: {@link ConsoleLevelCode}; b: StringId of the text. */
  Console: 24,
  /** An uncaught exception. a: StringId of the printed error; b: 1 if it ended the program. */
  UncaughtError: 25,
  /** A rejection nobody handled by the time the host checked. a: PromiseId; b: StringId of the reason; c: 1 if it ended the program. */
  UnhandledRejection: 26,
  /** A rejected promise got its first handler late. a: PromiseId. */
  RejectionHandled: 27,
  /** A budget was exhausted and the run was stopped. a: {@link BudgetKind}; b: StringId of the explanation. */
  BudgetStop: 28,
  /** The host's event loop enters a phase. a: {@link LoopPhase}. */
  Phase: 29,
  /** The virtual clock jumps forward while the loop waits for the next thing to do. a: µs waited (clamped to 2^31-1). */
  Idle: 30,
  /** A due timer's handle moves to the ready queue (Python asyncio: `_run_once` appends it to `_ready`). a: TimerId; b: JobId it becomes. cause: its TimerSet. */
  TimerDue: 31,
  /** A queued job was cancelled and is dropped without running (Python: a cancelled `Handle` in `_ready`). a: JobId. */
  JobCancel: 32,
  /** A Python asyncio task ended its step waiting for a future. a: CoroutineId (the task); b: id of the future; c: StringId of what it waits for, in asyncio's words. loc: the learner's `await`. */
  TaskWait: 33,
  /** The thread was blocked (Python's `time.sleep`): nothing else could run. a: µs blocked (clamped to 2^31-1). */
  Block: 34,
  /** A name for something the trace refers to by id. a: {@link LabelTarget}; b: its id; c: StringId of the name (a Python task's name, a timer's callback). */
  Label: 35,
  /**
   * A `fetch` matched no route, so the simulated world answers it with its placeholder
   * (200 `{ url, simulated: true }`): Looplab never uses the real network. a: RequestId;
   * b: StringId of `METHOD absolute-url`.
   */
  UnroutedRequest: 36,
} as const
export type EventKind = (typeof EventKind)[keyof typeof EventKind]

/** How many of a, b, c each kind uses (readers rely on this to decode). */
export const EVENT_ARITY: Readonly<Record<EventKind, 0 | 1 | 2 | 3>> = {
  [EventKind.RunStart]: 2,
  [EventKind.RunEnd]: 2,
  [EventKind.TaskStart]: 3,
  [EventKind.TaskEnd]: 1,
  [EventKind.JobEnqueue]: 3,
  [EventKind.JobStart]: 3,
  [EventKind.JobEnd]: 1,
  [EventKind.FramePush]: 2,
  [EventKind.FramePop]: 1,
  [EventKind.Step]: 0,
  [EventKind.PromiseCreate]: 2,
  [EventKind.PromiseSettle]: 3,
  [EventKind.PromiseThen]: 3,
  [EventKind.PromiseResolveThenable]: 2,
  [EventKind.CoroutineStart]: 3,
  [EventKind.CoroutineEnd]: 2,
  [EventKind.AwaitSuspend]: 3,
  [EventKind.AwaitResume]: 2,
  [EventKind.CoroutineYield]: 1,
  [EventKind.TimerSet]: 3,
  [EventKind.TimerClear]: 1,
  [EventKind.IoStart]: 3,
  [EventKind.IoComplete]: 2,
  [EventKind.Console]: 2,
  [EventKind.UncaughtError]: 2,
  [EventKind.UnhandledRejection]: 3,
  [EventKind.RejectionHandled]: 1,
  [EventKind.BudgetStop]: 2,
  [EventKind.Phase]: 1,
  [EventKind.Idle]: 1,
  [EventKind.TimerDue]: 2,
  [EventKind.JobCancel]: 1,
  [EventKind.TaskWait]: 3,
  [EventKind.Block]: 1,
  [EventKind.Label]: 3,
  [EventKind.UnroutedRequest]: 2,
}

/** What a {@link EventKind.Label} names. */
export const LabelTarget = { Coroutine: 1, Timer: 2, Io: 3 } as const
export type LabelTarget = (typeof LabelTarget)[keyof typeof LabelTarget]

export const HostProfileCode = { node: 0, browser: 1, python: 2 } as const
/** Which runtime a trace comes from: the TypeScript engine's node or browser profile, or Python asyncio. */
export type TraceHost = keyof typeof HostProfileCode
export type HostProfileCode = (typeof HostProfileCode)[keyof typeof HostProfileCode]

export const RunEndReason = {
  /** Nothing was left to do. */
  Finished: 0,
  /** The program called `process.exit`. */
  Exited: 1,
  /** An uncaught exception ended the program (node profile). */
  UncaughtError: 2,
  /** An unhandled rejection ended the program (node profile). */
  UnhandledRejection: 3,
  /** A budget ran out. */
  Budget: 4,
  /** The learner pressed Stop. */
  Stopped: 5,
} as const
export type RunEndReason = (typeof RunEndReason)[keyof typeof RunEndReason]

/** Where a task came from (HTML "task sources", libuv phases). */
export const TaskSource = {
  Script: 0,
  Timer: 1,
  Immediate: 2,
  Io: 3,
  Message: 4,
  Render: 5,
  Event: 6,
  Close: 7,
} as const
export type TaskSource = (typeof TaskSource)[keyof typeof TaskSource]

/** What a queued job will do. */
export const JobKind = {
  /** A then/catch/finally callback reacting to a settled promise. */
  Reaction: 0,
  /** An async function or generator resuming after `await`. */
  AwaitResume: 1,
  /** NewPromiseResolveThenableJob: calling a thenable's `then` to adopt its state. */
  ResolveThenable: 2,
  /** `queueMicrotask(callback)`. */
  Microtask: 3,
  /** `process.nextTick(callback)` (node profile; its own queue, drained before promise jobs). */
  NextTick: 4,
  /** A runtime-internal reaction (combinator element, async-generator bookkeeping). */
  Internal: 5,
  /** Python: a task's step (its coroutine runs until it next waits); scheduled by `create_task` or by a bare yield such as `sleep(0)`. c: the task. */
  PyTaskStep: 6,
  /** Python: a task wakes because the future it waited for is done. c: the task. */
  PyTaskWakeup: 7,
  /** Python: any other callback in the ready queue (`call_soon`, a future's done callback, a due timer's callback). c: StringId of its description. */
  PyCallback: 8,
} as const
export type JobKind = (typeof JobKind)[keyof typeof JobKind]

export const PromiseOrigin = {
  Constructor: 0,
  Then: 1,
  Resolve: 2,
  Reject: 3,
  AsyncFunction: 4,
  Combinator: 5,
  Internal: 6,
  Host: 7,
  WithResolvers: 8,
} as const
export type PromiseOrigin = (typeof PromiseOrigin)[keyof typeof PromiseOrigin]

export const ReactionKind = {
  Then: 0,
  Catch: 1,
  Finally: 2,
  Await: 3,
  Combinator: 4,
  Thenable: 5,
  /** Registered by the host or the runtime itself, not by the program (e.g. Node's module loader). */
  Internal: 6,
} as const
export type ReactionKind = (typeof ReactionKind)[keyof typeof ReactionKind]

export const CoroutineKind = { Module: 0, AsyncFunction: 1, AsyncGenerator: 2, /** A Python asyncio Task. */ PyTask: 3 } as const
export type CoroutineKind = (typeof CoroutineKind)[keyof typeof CoroutineKind]

export const TimerKind = {
  Timeout: 0,
  Interval: 1,
  Immediate: 2,
  AnimationFrame: 3,
  /** Python: `loop.call_later` / `call_at` (what `asyncio.sleep` uses). */
  CallLater: 4,
} as const
export type TimerKind = (typeof TimerKind)[keyof typeof TimerKind]

export const IoKind = {
  Fetch: 0,
  ServerRequest: 1,
  ChannelMessage: 2,
  PortMessage: 3,
  WorkerMessage: 4,
  AbortTimeout: 5,
  Other: 6,
  /** Python: a function running in an executor's worker thread (`run_in_executor`, `asyncio.to_thread`). */
  Executor: 7,
  /** A file-system operation on one of libuv's thread-pool threads (node:fs). */
  File: 8,
  /** Work waiting for a free thread-pool thread (all 4 are busy). */
  ThreadPoolWait: 9,
} as const
export type IoKind = (typeof IoKind)[keyof typeof IoKind]

export const ConsoleLevelCode = { log: 0, info: 1, debug: 2, warn: 3, error: 4 } as const
export type ConsoleLevelCode = (typeof ConsoleLevelCode)[keyof typeof ConsoleLevelCode]

export const BudgetKind = {
  Steps: 0,
  Events: 1,
  VirtualTime: 2,
  WallTime: 3,
  Microtasks: 4,
  CallDepth: 5,
  OutputBytes: 6,
  /** Python: every task waits and nothing can wake them (CPython would wait forever). */
  Deadlock: 7,
} as const
export type BudgetKind = (typeof BudgetKind)[keyof typeof BudgetKind]

/** Event-loop phases: libuv's for the node profile, the rendering step for the browser. */
export const LoopPhase = {
  Main: 0,
  Timers: 1,
  Pending: 2,
  Poll: 3,
  Check: 4,
  Close: 5,
  Microtasks: 6,
  Render: 7,
  /** Python asyncio: the loop runs the handles that were ready when this iteration began. */
  PyReady: 8,
} as const
export type LoopPhase = (typeof LoopPhase)[keyof typeof LoopPhase]
