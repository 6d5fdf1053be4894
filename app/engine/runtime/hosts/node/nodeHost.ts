import { EventKind, JobKind, LoopPhase, ReactionKind, RunEndReason, TaskSource, TimerKind } from '../../../trace/events.ts'
import type { EventSeq, TimerId } from '../../../trace/ids.ts'
import { JobQueue, type Job } from '../../agent.ts'
import { MAX_SAFE_EXIT, toExitCode } from '../exitCode.ts'
import {
  ArrayStore,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  MathMin,
  NativeMap,
  ReflectApply,
  isCallable,
} from '../../primordials.ts'
import type { Capability } from '../../promise/slots.ts'
import { REJECTED } from '../../promise/slots.ts'
import type { Host, HostServices } from '../host.ts'
import { drainMicrotasks, runTask } from '../taskRunner.ts'
import { invalidArgType } from './nodeErrors.ts'
import { formatCrash, type CrashOrigin } from './crashReport.ts'
import { createProcess, ProcessEvents } from './process.ts'
import type { NodeHostInternals } from './internals.ts'
import { NodeTimers, type TimerEntry } from './timers.ts'
import { createNodeMessagePorts } from './messagePorts.ts'

interface ImmediateEntry {
  id: TimerId
  object: object
  callback: ((...args: unknown[]) => unknown) | null
  args: readonly unknown[]
  refed: boolean
  setSeq: EventSeq
  next: ImmediateEntry | null
}

interface RejectionInfo {
  reason: unknown
  warned: boolean
}

/** Why a run whose only live handle is a listening MessagePort ends. */
const PORT_LISTENING = "A MessagePort with a 'message' listener is still open (close it with port.close(), or call port.unref())"

/** Hops of Node's ESM loader between the module's failure and the crash (measured on Node 20). */
const LOADER_HOPS_AFTER_SYNC_THROW = 3
const LOADER_HOPS_AFTER_ASYNC_THROW = 4

/**
 * The node host profile: libuv's loop (timers → poll → check → close), Node's
 * timer lists, `process.nextTick` drained before promise jobs, immediates, and
 * Node's handling of uncaught errors and unhandled rejections (exit code 1).
 */
export function createNodeHost(services: HostServices): Host {
  const { agent, realm, io } = services
  const timers = new NodeTimers(agent)
  const ticks = new JobQueue()
  const events = new ProcessEvents()
  let immediateHead: ImmediateEntry | null = null
  let immediateTail: ImmediateEntry | null = null
  let immediateRefCount = 0
  const openHandles: { reason: string; open: boolean }[] = []
  let handleCount = 0
  let exitCode: number | undefined
  let crashReason: RunEndReason | undefined
  let moduleCapability: Capability | undefined
  let hasTla = false

  const maybeUnhandled = new NativeMap<object, RejectionInfo>()
  const pendingUnhandled = new JobQueueOf<object>()
  const asyncHandled = new JobQueueOf<object>()
  let uncaughtCount = 0
  const ports = createNodeMessagePorts(agent, services.events, (source, subject, cause, callback) => {
    const before = uncaughtCount
    runTask(
      agent,
      source,
      subject,
      cause,
      callback,
      undefined,
      [],
      (error) => triggerUncaughtException(error, false),
      processTicksAndRejections,
    )
    return uncaughtCount !== before
  })

  // ── uncaught errors ─────────────────────────────────────────────────────

  function crash(error: unknown, fromPromise: boolean, origin: CrashOrigin = fromPromise ? 'rejection' : 'callback'): never {
    // Where it happened, read before describing the error (which may run the program's own code).
    const loc = agent.loc
    const text = services.describe(error)
    agent.loc = loc
    agent.emit(EventKind.UncaughtError, -1, agent.recorder.intern(text), 1, 0, loc)
    const report = services.crashReport
    services.write(
      'error',
      report ? formatCrash(error, text, origin, loc, report) : `${fromPromise ? 'Uncaught (in promise) ' : 'Uncaught '}${text}\n`,
    )
    exitCode = 1
    crashReason = fromPromise ? RunEndReason.UnhandledRejection : RunEndReason.UncaughtError
    events.emit(process, 'exit', [1])
    return agent.halt('exit')
  }

  function triggerUncaughtException(error: unknown, fromPromise: boolean): void {
    uncaughtCount++
    if (events.count('uncaughtException') > 0) {
      const loc = agent.loc
      const text = services.describe(error)
      agent.loc = loc
      agent.emit(EventKind.UncaughtError, -1, agent.recorder.intern(text), 0, 0, loc)
      events.emit(process, 'uncaughtException', [error, fromPromise ? 'unhandledRejection' : 'uncaughtException'])
      return
    }
    crash(error, fromPromise)
  }

  agent.host = {
    promiseRejectionTracker(promise, operation) {
      if (operation === 'reject') {
        MapPrototypeSet(maybeUnhandled, promise, { reason: realm.slotsOf(promise)!.result, warned: false })
        pendingUnhandled.push(promise)
        return
      }
      const info = MapPrototypeGet(maybeUnhandled, promise)
      if (!info) return
      MapPrototypeDelete(maybeUnhandled, promise)
      if (info.warned) asyncHandled.push(promise)
    },
    reportUncaught(error) {
      triggerUncaughtException(error, false)
    },
  }

  /** Node's processPromiseRejections. */
  function processPromiseRejections(): boolean {
    let maybeScheduled = asyncHandled.size > 0
    for (let promise = asyncHandled.shift(); promise; promise = asyncHandled.shift()) {
      agent.emit(EventKind.RejectionHandled, -1, realm.slotsOf(promise)!.id)
      events.emit(process, 'rejectionHandled', [promise])
    }
    let count = pendingUnhandled.size
    while (count-- > 0) {
      const promise = pendingUnhandled.shift()!
      const info = MapPrototypeGet(maybeUnhandled, promise)
      if (!info) continue
      info.warned = true
      const handled = events.count('unhandledRejection') > 0
      agent.emit(
        EventKind.UnhandledRejection,
        -1,
        realm.slotsOf(promise)!.id,
        agent.recorder.intern(services.describe(info.reason)),
        handled ? 0 : 1,
      )
      if (handled) events.emit(process, 'unhandledRejection', [info.reason, promise])
      else triggerUncaughtException(info.reason, true)
      maybeScheduled = true
    }
    return maybeScheduled || pendingUnhandled.size > 0
  }

  /** processTicksAndRejections: all nextTicks, then all microtasks, until both are empty. */
  function processTicksAndRejections(): void {
    do {
      for (let tick: Job | null = ticks.shift(); tick; tick = ticks.shift()) agent.runJob(tick)
      drainMicrotasks(agent)
    } while (ticks.size > 0 || processPromiseRejections())
  }

  // ── timers and immediates ───────────────────────────────────────────────

  function runTimer(entry: TimerEntry): void {
    const callback = entry.callback
    if (!callback) return
    runTask(
      agent,
      TaskSource.Timer,
      entry.id,
      entry.setSeq,
      callback,
      entry.object,
      entry.args,
      (error) => triggerUncaughtException(error, false),
      processTicksAndRejections,
    )
  }

  function setImmediateImpl(callback: unknown, args: unknown[]): object {
    if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
    const object = new Immediate()
    const entry: ImmediateEntry = {
      id: agent.newId('timer') as TimerId,
      object,
      callback,
      args,
      refed: true,
      setSeq: -1 as EventSeq,
      next: null,
    }
    entry.setSeq = agent.emit(EventKind.TimerSet, -1, entry.id, 0, TimerKind.Immediate)
    MapPrototypeSet(immediates, object, entry)
    if (immediateTail) immediateTail.next = entry
    else immediateHead = entry
    immediateTail = entry
    immediateRefCount++
    return object
  }

  const immediates = new NativeMap<object, ImmediateEntry>()
  class Immediate {
    ref(): Immediate {
      const entry = MapPrototypeGet(immediates, this)
      if (entry && !entry.refed && entry.callback) {
        entry.refed = true
        immediateRefCount++
      }
      return this
    }
    unref(): Immediate {
      const entry = MapPrototypeGet(immediates, this)
      if (entry && entry.refed && entry.callback) {
        entry.refed = false
        immediateRefCount--
      }
      return this
    }
    hasRef(): boolean {
      return MapPrototypeGet(immediates, this)?.refed ?? false
    }
  }

  function clearImmediateImpl(handle: unknown): void {
    const entry = typeof handle === 'object' && handle !== null ? MapPrototypeGet(immediates, handle) : undefined
    if (!entry || !entry.callback) return
    entry.callback = null
    if (entry.refed) immediateRefCount--
    agent.emit(EventKind.TimerClear, -1, entry.id)
  }

  /** The check phase: immediates queued before it began, each followed by a drain. */
  function runImmediates(): void {
    let entry = immediateHead
    immediateHead = immediateTail = null
    while (entry) {
      const next = entry.next
      entry.next = null
      const callback = entry.callback
      if (callback) {
        entry.callback = null
        if (entry.refed) immediateRefCount--
        runTask(
          agent,
          TaskSource.Immediate,
          entry.id,
          entry.setSeq,
          callback,
          entry.object,
          entry.args,
          (error) => triggerUncaughtException(error, false),
          processTicksAndRejections,
        )
      }
      entry = next
    }
  }

  // ── the loop ────────────────────────────────────────────────────────────

  function alive(): boolean {
    return timers.refCount > 0 || immediateRefCount > 0 || io.refCount > 0 || handleCount > 0 || ports.alive()
  }

  /** Only handles keep the loop alive, with nothing scheduled: Node would wait forever. */
  function waitingForever(): string | undefined {
    const listening = ports.alive()
    if (handleCount === 0 && !listening) return undefined
    if (timers.refCount > 0 || immediateRefCount > 0 || io.size > 0 || ticks.size > 0) return undefined
    if (ports.hasPending() || ports.hasClosing()) return undefined
    for (let i = 0; i < openHandles.length; i++) if (openHandles[i]!.open) return openHandles[i]!.reason
    return listening ? PORT_LISTENING : undefined
  }

  function runTimersPhase(): void {
    const now = timers.nowMs()
    if (timers.nextExpiry() > now) return
    agent.emit(EventKind.Phase, -1, LoopPhase.Timers)
    timers.process(now, runTimer, processTicksAndRejections)
  }

  function pollPhase(): void {
    agent.emit(EventKind.Phase, -1, LoopPhase.Poll)
    if (immediateHead === null && !ports.hasPending()) {
      const timerDue = timers.nextExpiry() * 1000
      const target = MathMin(timerDue, io.nextDue())
      if (target !== Infinity && target > agent.clock.now) {
        agent.emit(EventKind.Idle, -1, MathMin(target - agent.clock.now, MAX_SAFE_EXIT))
        idleUs += target - agent.clock.now
        agent.clock.now = target
      }
    }
    for (let done = io.takeDue(agent.clock.now); done; done = io.takeDue(agent.clock.now)) {
      const complete = done.complete
      if (!complete) continue
      runTask(
        agent,
        TaskSource.Io,
        done.id,
        done.completeSeq,
        complete,
        undefined,
        [],
        (error) => triggerUncaughtException(error, false),
        processTicksAndRejections,
      )
    }
    ports.poll()
  }

  function checkPhase(): void {
    if (immediateHead === null) return
    agent.emit(EventKind.Phase, -1, LoopPhase.Check)
    runImmediates()
  }

  /** The close phase: handles closed during this iteration run their close callbacks ('close' events of ports). */
  function closePhase(): void {
    if (!ports.hasClosing()) return
    agent.emit(EventKind.Phase, -1, LoopPhase.Close)
    ports.close()
  }

  let started = false
  /** The event loop's start (µs, -1 before) and its time waiting in poll, for performance.eventLoopUtilization. */
  let loopStartUs = -1
  let idleUs = 0
  let restarting = false
  let commonjs = false
  let stalled: string | undefined

  function nextTick(callback: unknown, args: unknown[]): void {
    if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
    ticks.push(
      agent.makeJob(
        JobKind.NextTick,
        0,
        (fn, a) => ReflectApply(fn as (...x: unknown[]) => unknown, undefined, a as unknown[]),
        callback,
        args,
      ),
    )
  }

  const process = createProcess({
    events,
    nextTick,
    exit(code) {
      if (code !== undefined) exitCode = toExitCode(code)
      const final = exitCode ?? 0
      exitCode = final
      events.emit(process, 'exit', [final])
      return agent.halt('exit')
    },
    getExitCode: () => exitCode,
    setExitCode(code) {
      exitCode = code === undefined ? undefined : toExitCode(code)
    },
    write: services.write,
    nowMs: () => agent.clock.now / 1000,
    entryPath: services.entry.path,
    nodeVersion: services.entry.nodeVersion,
  })

  const internals: NodeHostInternals = {
    timers,
    process,
    setImmediate: setImmediateImpl,
    clearImmediate: clearImmediateImpl,
    unrefImmediate(immediate) {
      const entry = typeof immediate === 'object' && immediate !== null ? MapPrototypeGet(immediates, immediate) : undefined
      if (entry && entry.refed && entry.callback) {
        entry.refed = false
        immediateRefCount--
      }
    },
    nextTick,
    emitWarning: (process as { emitWarning: (warning: unknown) => void }).emitWarning,
    loop: { startUs: () => loopStartUs, idleUs: () => idleUs },
    openHandle(reason) {
      const handle = { reason, open: true }
      ArrayStore(openHandles, openHandles.length, handle)
      handleCount++
      return {
        close() {
          if (!handle.open) return
          handle.open = false
          handleCount--
        },
      }
    },
  }

  return {
    name: 'node',
    agent,
    node: internals,
    installGlobals(globals) {
      globals.process = process
      globals.setTimeout = function setTimeout(callback: unknown, after?: unknown, ...args: unknown[]) {
        if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
        return timers.create(callback, after, args, false)
      }
      globals.setInterval = function setInterval(callback: unknown, repeat?: unknown, ...args: unknown[]) {
        if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
        return timers.create(callback, repeat, args, true)
      }
      globals.clearTimeout = function clearTimeout(timer: unknown) {
        timers.clear(timer)
      }
      globals.clearInterval = function clearInterval(timer: unknown) {
        timers.clear(timer)
      }
      globals.setImmediate = function setImmediate(callback: unknown, ...args: unknown[]) {
        return setImmediateImpl(callback, args)
      }
      globals.clearImmediate = function clearImmediate(immediate: unknown) {
        clearImmediateImpl(immediate)
      }
      globals.queueMicrotask = function queueMicrotask(callback: unknown) {
        if (!isCallable(callback)) throw invalidArgType('callback', 'function', callback)
        agent.enqueueJob(JobKind.Microtask, 0, (fn) => ReflectApply(fn as () => unknown, undefined, []), callback, undefined)
      }
      globals.MessageChannel = ports.MessageChannel
      globals.MessagePort = ports.MessagePort
      globals.MessageEvent = ports.MessageEvent
    },
    runMain(start, hasTopLevelAwait, moduleKind = 'module') {
      hasTla = hasTopLevelAwait
      commonjs = moduleKind === 'commonjs'
      // An ES module is evaluated from inside the loop; a CommonJS script before it starts.
      if (!commonjs) loopStartUs = agent.clock.now
      agent.emit(EventKind.Phase, -1, LoopPhase.Main)
      if (commonjs) {
        // A CommonJS main script runs to its end, then Node processes ticks before promise jobs.
        runTask(
          agent,
          TaskSource.Script,
          0,
          -1,
          () => {
            moduleCapability = start()
            const promise = moduleCapability.promise
            realm.markHandled(promise)
            const slots = realm.slotsOf(promise)!
            if (slots.state === REJECTED) triggerUncaughtException(slots.result, false)
          },
          undefined,
          [],
          (error) => triggerUncaughtException(error, false),
          processTicksAndRejections,
        )
        return
      }
      // An ES module is evaluated inside a microtask checkpoint: promise
      // jobs run before the nextTick queue is first processed.
      runTask(
        agent,
        TaskSource.Script,
        0,
        -1,
        () => {
          moduleCapability = start()
          watchModule(moduleCapability)
        },
        undefined,
        [],
        (error) => triggerUncaughtException(error, false),
        () => {
          drainMicrotasks(agent)
          processTicksAndRejections()
        },
      )
    },
    turn() {
      if (!started) {
        started = true
        if (loopStartUs < 0) loopStartUs = agent.clock.now
        if (restarting || commonjs) {
          // uv_run starting (over, after 'beforeExit'): timers first.
          restarting = false
          if (alive()) runTimersPhase()
        } else {
          // The main module was evaluated inside a poll-phase callback (Node's ESM
          // loader reads the file asynchronously), so the loop goes on to check, then timers.
          checkPhase()
          closePhase()
          runTimersPhase()
        }
      }
      if (!alive()) {
        // The loop is empty: 'beforeExit' listeners may give it more work.
        if (events.count('beforeExit') === 0) return false
        runTask(
          agent,
          TaskSource.Event,
          0,
          -1,
          () => events.emit(process, 'beforeExit', [exitCode ?? 0]),
          undefined,
          [],
          (error) => triggerUncaughtException(error, false),
          processTicksAndRejections,
        )
        if (!alive()) return false
        started = false
        restarting = true
        return true
      }
      stalled = waitingForever()
      if (stalled !== undefined) return false
      agent.checkBetweenTasks()
      pollPhase()
      checkPhase()
      closePhase()
      runTimersPhase()
      return true
    },
    nextEventTime() {
      if (!started || !alive() || immediateHead !== null || ports.hasPending() || ports.hasClosing()) return agent.clock.now
      return MathMin(timers.nextExpiry() * 1000, io.nextDue())
    },
    finish() {
      if (agent.stop === undefined && moduleCapability && realm.slotsOf(moduleCapability.promise)!.state === 0 && hasTla) {
        services.write('warn', 'Warning: Detected unsettled top-level await (the program ended while the module was still waiting)\n')
        exitCode = 13
      }
      runTask(
        agent,
        TaskSource.Event,
        0,
        -1,
        () => events.emit(process, 'exit', [exitCode ?? 0]),
        undefined,
        [],
        (error) => triggerUncaughtException(error, false),
        processTicksAndRejections,
      )
      if (stalled !== undefined) {
        return {
          exitCode: exitCode ?? 0,
          explanation: `${stalled}, and nothing else can happen: Node would wait here forever, so Looplab ended the run.`,
        }
      }
      return { exitCode: exitCode ?? 0 }
    },
    finishAfterExit() {
      return { exitCode: exitCode ?? 0, crashed: crashReason !== undefined, crashReason: crashReason ?? RunEndReason.Exited }
    },
  }

  /** When the module's promise rejects, Node's loader reports it after a few hops. */
  function watchModule(capability: Capability): void {
    const promise = capability.promise
    realm.markHandled(promise)
    const slots = realm.slotsOf(promise)!
    const hops = hasTla ? LOADER_HOPS_AFTER_ASYNC_THROW : LOADER_HOPS_AFTER_SYNC_THROW
    const crashAfter = (remaining: number, reason: unknown): void => {
      agent.enqueueJob(
        JobKind.Internal,
        0,
        () => {
          if (remaining > 1) crashAfter(remaining - 1, reason)
          else crash(reason, false, 'module')
        },
        undefined,
        undefined,
      )
    }
    if (slots.state === REJECTED) {
      crashAfter(hops, slots.result)
      return
    }
    realm.performThen(promise, undefined, (reason: unknown) => crashAfter(hops - 1, reason), undefined, ReactionKind.Internal)
  }
}

/** A tiny FIFO for host bookkeeping (pending rejections). */
class JobQueueOf<T> {
  private readonly items: T[] = []
  private start = 0
  get size(): number {
    return this.items.length - this.start
  }
  push(item: T): void {
    ArrayStore(this.items, this.items.length, item)
  }
  shift(): T | undefined {
    if (this.start >= this.items.length) return undefined
    const item = this.items[this.start]
    this.items[this.start++] = undefined as T
    if (this.start === this.items.length) {
      this.items.length = 0
      this.start = 0
    }
    return item
  }
}
