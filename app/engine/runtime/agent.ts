import { BudgetKind, EventKind, type JobKind } from '../trace/events.ts'
import type { EventSeq, JobId, LocationId } from '../trace/ids.ts'
import { TraceRecorder } from '../trace/recorder.ts'
import type { Budgets } from './budgets.ts'
import { CALL_COST_US, JOB_COST_US, STEP_COST_US } from './costModel.ts'
import { MathCeil, MathMax, MathMin, ObjectFreeze, RangeErrorCtor } from './primordials.ts'
import type { ScopeInspector } from './scopes.ts'

/** Thrown (never by learner code) to unwind everything when a run must end. */
export interface StopSignal {
  readonly looplabStop: true
}

/** A queued job (microtask or nextTick): what to call, with what, and why. */
export class Job {
  next: Job | null = null
  constructor(
    readonly id: JobId,
    readonly kind: JobKind,
    readonly subject: number,
    readonly enqueueSeq: EventSeq,
    readonly fn: (a: unknown, b: unknown) => void,
    readonly a: unknown,
    readonly b: unknown,
  ) {}
}

/** A FIFO of jobs as a linked list (no array methods a program could patch). */
export class JobQueue {
  head: Job | null = null
  tail: Job | null = null
  size = 0

  push(job: Job): void {
    if (this.tail) this.tail.next = job
    else this.head = job
    this.tail = job
    this.size++
  }

  shift(): Job | null {
    const job = this.head
    if (!job) return null
    this.head = job.next
    if (!this.head) this.tail = null
    job.next = null
    this.size--
    return job
  }
}

/** What the agent asks of the host profile (node or browser). */
export interface AgentHost {
  /** HostPromiseRejectionTracker. */
  promiseRejectionTracker(promise: object, operation: 'reject' | 'handle'): void
  /** An exception escaped a job or callback: report it the host's way. */
  reportUncaught(error: unknown): void
}

/**
 * The state one run shares across the runtime: virtual clock, trace recorder,
 * budgets, id counters, the promise-job (microtask) queue and the stop signal.
 */
export class Agent {
  readonly clock = { now: 0 }
  readonly recorder: TraceRecorder
  readonly microtasks = new JobQueue()
  host: AgentHost | undefined
  /** Location of the statement that ran last: events without one of their own borrow it. */
  loc = 0 as LocationId
  steps = 0
  callDepth = 0
  stop: { kind: BudgetKind | 'stopped' | 'exit'; signal: StopSignal } | undefined
  /** Set in a run started to look at variables (see scopes.ts); undefined in every ordinary run. */
  inspector: ScopeInspector | undefined = undefined
  /** Receives every console line as it is recorded (ConsoleLevelCode, text): the CLI streams output through it. */
  consoleSink: ((level: number, text: string) => void) | undefined
  private nextJobId = 1
  private nextPromise = 1
  private nextCoroutine = 1
  private nextTask = 1
  private nextTimer = 1
  private nextRequest = 1
  private readonly stepLimit: number
  private readonly eventLimit: number
  private readonly timeLimit: number
  private wallCheckCountdown = 4096
  private readonly wallDeadline: number

  constructor(
    readonly budgets: Budgets,
    private readonly wallNow: () => number,
  ) {
    this.recorder = new TraceRecorder(this.clock)
    this.stepLimit = budgets.maxSteps
    this.eventLimit = budgets.maxEvents
    this.timeLimit = budgets.maxVirtualMs * 1000
    this.wallDeadline = wallNow() + budgets.maxWallMs
  }

  /** How many tasks have started. */
  get tasksStarted(): number {
    return this.nextTask - 1
  }

  newId(kind: 'promise' | 'coroutine' | 'task' | 'timer' | 'request'): number {
    switch (kind) {
      case 'promise':
        return this.nextPromise++
      case 'coroutine':
        return this.nextCoroutine++
      case 'task':
        return this.nextTask++
      case 'timer':
        return this.nextTimer++
      default:
        return this.nextRequest++
    }
  }

  emit(kind: EventKind, cause: EventSeq | number, a = 0, b = 0, c = 0, loc: number = this.loc): EventSeq {
    const seq = this.recorder.emit(kind, loc, cause, a, b, c)
    if (kind === EventKind.Console && seq >= 0 && this.consoleSink !== undefined) this.consoleSink(a, this.recorder.stringAt(b))
    return seq
  }

  /** A statement is about to run: count it, charge it, trace it. */
  step(loc: LocationId): void {
    if (this.stop) throw this.stop.signal
    this.loc = loc
    this.clock.now += STEP_COST_US
    if (++this.steps > this.stepLimit) this.halt(BudgetKind.Steps)
    this.recorder.step(loc)
    this.checkLimits()
  }

  /**
   * Burns `us` of virtual CPU time on the running thread (`world.cpu`): the
   * clock moves on and the step budget is charged as if that many statements
   * of {@link STEP_COST_US} ran, without recording one event per statement.
   */
  charge(us: number): void {
    if (this.stop) throw this.stop.signal
    if (!(us > 0)) return
    const steps = MathCeil(us / STEP_COST_US)
    const allowed = this.stepLimit - this.steps
    if (steps > allowed) {
      // Burn only what the budget allows, so the run ends at the moment it ran out.
      this.clock.now += MathMin(us, MathMax(0, allowed) * STEP_COST_US)
      this.steps = this.stepLimit + 1
      this.halt(BudgetKind.Steps)
    }
    this.steps += steps
    this.clock.now = this.clock.now + us > this.timeLimit ? this.timeLimit + 1 : this.clock.now + us
    this.checkLimits()
  }

  /** A loop is about to test its condition again. */
  loop(loc: LocationId): true {
    if (this.stop) throw this.stop.signal
    this.clock.now += STEP_COST_US
    if (++this.steps > this.stepLimit) this.halt(BudgetKind.Steps)
    if (this.loc !== loc) {
      this.loc = loc
      this.recorder.step(loc)
    }
    this.checkLimits()
    return true
  }

  enterCall(): void {
    if (this.stop) throw this.stop.signal
    this.clock.now += CALL_COST_US
    if (++this.callDepth > this.budgets.maxCallDepth) {
      this.callDepth--
      throw new RangeErrorCtor('Maximum call stack size exceeded')
    }
  }

  exitCall(): void {
    this.callDepth--
  }

  private checkLimits(): void {
    if (this.recorder.seq > this.eventLimit) this.halt(BudgetKind.Events)
    if (this.clock.now > this.timeLimit) this.halt(BudgetKind.VirtualTime)
    if (--this.wallCheckCountdown <= 0) {
      this.wallCheckCountdown = 4096
      if (this.wallNow() > this.wallDeadline) this.halt(BudgetKind.WallTime)
    }
  }

  /** Checks the virtual-time, event and wall budgets between tasks. */
  checkBetweenTasks(): void {
    if (this.stop) throw this.stop.signal
    this.wallCheckCountdown = 0
    this.checkLimits()
  }

  /** Ends the run: from now on every hook throws the stop signal. */
  halt(kind: BudgetKind | 'stopped' | 'exit'): never {
    if (!this.stop) this.stop = { kind, signal: ObjectFreeze({ looplabStop: true as const }) }
    throw this.stop.signal
  }

  isStopSignal(value: unknown): boolean {
    return this.stop !== undefined && value === this.stop.signal
  }

  /** In every catch around learner code: never swallow the stop signal. */
  rethrowIfStopping(error: unknown): void {
    if (this.stop !== undefined && error === this.stop.signal) throw this.stop.signal
  }

  /** HostEnqueuePromiseJob and friends: queue a microtask and trace it. */
  enqueueJob(
    kind: JobKind,
    subject: number,
    fn: (a: unknown, b: unknown) => void,
    a: unknown,
    b: unknown,
    cause: EventSeq | number = -1,
  ): Job {
    const job = this.makeJob(kind, subject, fn, a, b, cause)
    this.microtasks.push(job)
    return job
  }

  /** A traced job for a queue of the host's own (the nextTick queue). */
  makeJob(
    kind: JobKind,
    subject: number,
    fn: (a: unknown, b: unknown) => void,
    a: unknown,
    b: unknown,
    cause: EventSeq | number = -1,
  ): Job {
    const id = this.nextJobId++ as JobId
    const seq = this.recorder.emit(EventKind.JobEnqueue, this.loc, cause, id, kind, subject)
    return new Job(id, kind, subject, seq, fn, a, b)
  }

  /** Runs one job with its start/end events; an exception is reported to the host. */
  runJob(job: Job): void {
    this.clock.now += JOB_COST_US
    this.recorder.emit(EventKind.JobStart, 0, job.enqueueSeq, job.id, job.kind, job.subject)
    const depth = this.callDepth
    try {
      job.fn(job.a, job.b)
    } catch (error) {
      this.rethrowIfStopping(error)
      this.callDepth = depth
      this.host?.reportUncaught(error)
    }
    this.recorder.emit(EventKind.JobEnd, 0, -1, job.id)
  }
}
