import { EventKind, JobKind, LoopPhase, ReactionKind, RunEndReason, TaskSource, TimerKind } from '../../../trace/events.ts'
import type { EventSeq, TimerId } from '../../../trace/ids.ts'
import {
  ArrayStore,
  MapPrototypeDelete,
  MapPrototypeGet,
  MapPrototypeSet,
  MathMax,
  MathMin,
  NativeMap,
  ReflectApply,
  StringCtor,
  TypeErrorCtor,
  isCallable,
  SafeMath,
} from '../../primordials.ts'
import type { Capability } from '../../promise/slots.ts'
import { MAX_SAFE_EXIT } from '../exitCode.ts'
import { MinHeap } from '../heap.ts'
import type { Host, HostServices } from '../host.ts'
import { drainMicrotasks, runTask } from '../taskRunner.ts'
import { browserPortScheduler, createMessageChannel } from '../messageChannel.ts'

/** 60 Hz: a rendering opportunity every 16.667 ms. */
export const FRAME_US = 16_667

/** The first vsync strictly after `us` (vsyncs are at multiples of {@link FRAME_US}). */
function vsyncAfter(us: number): number {
  return (SafeMath.floor(us / FRAME_US) + 1) * FRAME_US
}
const MAX_NESTING_BEFORE_CLAMP = 5
const CLAMP_US = 4000

/** A task waiting in the browser's task queues, ready at `ready` (µs). */
interface QueuedTask {
  ready: number
  order: number
  source: TaskSource
  subject: number
  cause: EventSeq
  run: () => void
  cancelled: boolean
}

interface BrowserTimer {
  id: TimerId
  callback: unknown
  args: readonly unknown[]
  delayUs: number
  repeat: boolean
  nesting: number
  task: QueuedTask | null
  setSeq: EventSeq
}

/**
 * The browser host profile (HTML event loop): task queues served oldest
 * ready first, a microtask checkpoint after every task and callback,
 * rendering steps with requestAnimationFrame at 60 Hz, MessageChannel,
 * nested-timer clamping to 4 ms, and unhandled rejections reported through
 * `unhandledrejection` without ending the program.
 */
export function createBrowserHost(services: HostServices): Host {
  const { agent, realm, io } = services
  const tasks = new MinHeap<QueuedTask>((a, b) => a.ready < b.ready || (a.ready === b.ready && a.order < b.order))
  let order = 0
  const timers = new NativeMap<number, BrowserTimer>()
  let currentNesting = 0
  let rafCallbacks: { id: number; callback: unknown; cancelled: boolean; seq: EventSeq }[] = []
  let nextRafId = 1
  /** The callbacks of the frame being rendered (cancelAnimationFrame can still reach them). */
  let runningFrame: typeof rafCallbacks = []
  let nextFrame = FRAME_US
  const events = services.events
  const globalTarget = new events.EventTarget()
  let aboutToBeNotified: object[] = []
  const outstandingRejections = new NativeMap<object, true>()

  function queueTask(ready: number, source: TaskSource, subject: number, cause: EventSeq, run: () => void): QueuedTask {
    const task: QueuedTask = { ready, order: order++, source, subject, cause, run, cancelled: false }
    tasks.push(task)
    return task
  }

  function reportException(error: unknown): void {
    const loc = agent.loc
    const event = new events.Event('error', { cancelable: true }) as unknown as Record<string, unknown>
    event.error = error
    event.message = error instanceof Error ? error.message : StringCtor(error)
    const notCanceled = events.fire(globalTarget, event as never)
    const text = services.describe(error)
    agent.loc = loc
    agent.emit(EventKind.UncaughtError, -1, agent.recorder.intern(text), 0, 0, loc)
    if (notCanceled) services.write('error', `Uncaught ${text}\n`)
  }

  agent.host = {
    promiseRejectionTracker(promise, operation) {
      if (operation === 'reject') {
        ArrayStore(aboutToBeNotified, aboutToBeNotified.length, promise)
        return
      }
      for (let i = 0; i < aboutToBeNotified.length; i++) {
        if (aboutToBeNotified[i] === promise) {
          aboutToBeNotified[i] = aboutToBeNotified[aboutToBeNotified.length - 1]!
          aboutToBeNotified.length--
          return
        }
      }
      if (MapPrototypeGet(outstandingRejections, promise)) {
        MapPrototypeDelete(outstandingRejections, promise)
        queueTask(agent.clock.now, TaskSource.Event, 0, -1 as EventSeq, () => {
          agent.emit(EventKind.RejectionHandled, -1, realm.slotsOf(promise)!.id)
          const event = new events.Event('rejectionhandled') as unknown as Record<string, unknown>
          event.promise = promise
          event.reason = realm.slotsOf(promise)!.result
          events.fire(globalTarget, event as never)
        })
      }
    },
    reportUncaught: reportException,
  }

  /** A microtask checkpoint, then "notify about rejected promises". */
  function checkpoint(): void {
    drainMicrotasks(agent)
    if (aboutToBeNotified.length === 0) return
    const list = aboutToBeNotified
    aboutToBeNotified = []
    queueTask(agent.clock.now, TaskSource.Event, 0, -1 as EventSeq, () => {
      for (let i = 0; i < list.length; i++) {
        const promise = list[i]!
        const slots = realm.slotsOf(promise)!
        if (slots.isHandled) continue
        const event = new events.Event('unhandledrejection', { cancelable: true }) as unknown as Record<string, unknown>
        event.promise = promise
        event.reason = slots.result
        const notCanceled = events.fire(globalTarget, event as never)
        const text = services.describe(slots.result)
        agent.emit(EventKind.UnhandledRejection, -1, slots.id, agent.recorder.intern(text), 0)
        if (notCanceled) services.write('error', `Uncaught (in promise) ${text}\n`)
        if (!slots.isHandled) MapPrototypeSet(outstandingRejections, promise, true)
      }
    })
  }

  /** Runs a queued task: the task itself, then a microtask checkpoint. */
  function runQueuedTask(task: QueuedTask): void {
    agent.checkBetweenTasks()
    if (task.ready > agent.clock.now) {
      agent.emit(EventKind.Idle, -1, MathMin(task.ready - agent.clock.now, MAX_SAFE_EXIT))
      agent.clock.now = task.ready
    }
    runTask(agent, task.source, task.subject, task.cause, task.run, undefined, [], reportException, checkpoint)
  }

  function setTimer(callback: unknown, timeout: unknown, args: unknown[], repeat: boolean): number {
    const id = agent.newId('timer') as TimerId
    let ms = +(timeout as number)
    if (!(ms >= 0)) ms = 0
    const nesting = currentNesting + 1
    let delayUs = SafeMath.round(ms * 1000)
    if (nesting > MAX_NESTING_BEFORE_CLAMP && delayUs < CLAMP_US) delayUs = CLAMP_US
    const timer: BrowserTimer = { id, callback, args, delayUs, repeat, nesting, task: null, setSeq: -1 as EventSeq }
    MapPrototypeSet(timers, id, timer)
    schedule(timer)
    return id
  }

  function schedule(timer: BrowserTimer): void {
    timer.setSeq = agent.emit(
      EventKind.TimerSet,
      timer.setSeq,
      timer.id,
      timer.delayUs,
      timer.repeat ? TimerKind.Interval : TimerKind.Timeout,
    )
    timer.task = queueTask(agent.clock.now + timer.delayUs, TaskSource.Timer, timer.id, timer.setSeq, () => fireTimer(timer))
  }

  /** The timer task's steps: the callback, then (for intervals) re-arming. */
  function fireTimer(timer: BrowserTimer): void {
    timer.task = null
    if (!timer.repeat) MapPrototypeDelete(timers, timer.id)
    const previous = currentNesting
    currentNesting = timer.nesting
    try {
      if (isCallable(timer.callback)) ReflectApply(timer.callback, globalTarget, timer.args)
    } finally {
      currentNesting = previous
      if (timer.repeat && MapPrototypeGet(timers, timer.id) && agent.stop === undefined) {
        timer.nesting++
        if (timer.nesting > MAX_NESTING_BEFORE_CLAMP && timer.delayUs < CLAMP_US) timer.delayUs = CLAMP_US
        schedule(timer)
      }
    }
  }

  function clearTimer(handle: unknown): void {
    const timer = MapPrototypeGet(timers, +(handle as number))
    if (!timer) return
    MapPrototypeDelete(timers, timer.id)
    if (timer.task) timer.task.cancelled = true
    agent.emit(EventKind.TimerClear, -1, timer.id)
  }

  function hasRaf(): boolean {
    for (let i = 0; i < rafCallbacks.length; i++) if (!rafCallbacks[i]!.cancelled) return true
    return false
  }

  /** The rendering step of one frame: animation frame callbacks, each followed by a checkpoint. */
  function renderFrame(): void {
    agent.checkBetweenTasks()
    const frameTime = nextFrame
    if (frameTime > agent.clock.now) {
      agent.emit(EventKind.Idle, -1, MathMin(frameTime - agent.clock.now, MAX_SAFE_EXIT))
      agent.clock.now = frameTime
    }
    // The next frame is at the next vsync after this one: a frame that ran late (its vsync found the
    // main thread busy) does not push the following one back, as in Chromium.
    nextFrame = vsyncAfter(agent.clock.now)
    agent.emit(EventKind.Phase, -1, LoopPhase.Render)
    const callbacks = rafCallbacks
    runningFrame = callbacks
    rafCallbacks = []
    for (let i = 0; i < callbacks.length; i++) {
      const entry = callbacks[i]!
      if (entry.cancelled || !isCallable(entry.callback)) continue
      runTask(agent, TaskSource.Render, entry.id, entry.seq, entry.callback, globalTarget, [frameTime / 1000], reportException, checkpoint)
    }
    runningFrame = []
  }

  function nextTask(): QueuedTask | undefined {
    for (let top = tasks.peek(); top; top = tasks.peek()) {
      if (!top.cancelled) return top
      tasks.pop()
    }
    return undefined
  }

  const channel = createMessageChannel(
    agent,
    events,
    browserPortScheduler((source, subject, cause, run) => queueTask(agent.clock.now, source, subject, cause, run)),
    { profile: 'browser' },
  )

  return {
    name: 'browser',
    agent,
    installGlobals(globals) {
      globals.setTimeout = function setTimeout(handler: unknown, timeout?: unknown, ...args: unknown[]) {
        return setTimer(handler, timeout, args, false)
      }
      globals.setInterval = function setInterval(handler: unknown, timeout?: unknown, ...args: unknown[]) {
        return setTimer(handler, timeout, args, true)
      }
      globals.clearTimeout = function clearTimeout(id?: unknown) {
        clearTimer(id)
      }
      globals.clearInterval = function clearInterval(id?: unknown) {
        clearTimer(id)
      }
      globals.queueMicrotask = function queueMicrotask(callback: unknown) {
        if (!isCallable(callback))
          throw new TypeErrorCtor("Failed to execute 'queueMicrotask' on 'Window': The callback provided as parameter 1 is not a function.")
        agent.enqueueJob(JobKind.Microtask, 0, (fn) => ReflectApply(fn as () => unknown, undefined, []), callback, undefined)
      }
      globals.requestAnimationFrame = function requestAnimationFrame(callback: unknown) {
        if (!isCallable(callback))
          throw new TypeErrorCtor(
            "Failed to execute 'requestAnimationFrame' on 'Window': The callback provided as parameter 1 is not a function.",
          )
        const id = nextRafId++
        // With no frame wanted until now, this request is served at the next vsync (not at a stale one).
        if (!hasRaf()) nextFrame = MathMax(nextFrame, vsyncAfter(agent.clock.now))
        const seq = agent.emit(EventKind.TimerSet, -1, id, MathMax(0, nextFrame - agent.clock.now), TimerKind.AnimationFrame)
        ArrayStore(rafCallbacks, rafCallbacks.length, { id, callback, cancelled: false, seq })
        return id
      }
      globals.cancelAnimationFrame = function cancelAnimationFrame(id: unknown) {
        const wanted = +(id as number)
        for (let i = 0; i < rafCallbacks.length; i++) if (rafCallbacks[i]!.id === wanted) rafCallbacks[i]!.cancelled = true
        for (let i = 0; i < runningFrame.length; i++) if (runningFrame[i]!.id === wanted) runningFrame[i]!.cancelled = true
      }
      globals.MessageChannel = channel.MessageChannel
      globals.postMessage = function postMessage(message: unknown) {
        channel.postToWindow(globalTarget, message, (run, id, seq) => queueTask(agent.clock.now, TaskSource.Message, id, seq, run))
      }
      globals.MessagePort = channel.MessagePort
      globals.MessageEvent = channel.MessageEvent
      globals.Event = events.Event
      globals.EventTarget = events.EventTarget
      globals.addEventListener = (type: unknown, listener: unknown, options?: unknown) =>
        globalTarget.addEventListener(type, listener, options)
      globals.removeEventListener = (type: unknown, listener: unknown) => globalTarget.removeEventListener(type, listener)
      globals.dispatchEvent = (event: unknown) => globalTarget.dispatchEvent(event)
    },
    runMain(start: () => Capability) {
      agent.emit(EventKind.Phase, -1, LoopPhase.Main)
      runTask(
        agent,
        TaskSource.Script,
        0,
        -1,
        () => {
          const capability = start()
          realm.markHandled(capability.promise)
          realm.performThen(capability.promise, undefined, (reason: unknown) => reportException(reason), undefined, ReactionKind.Internal)
        },
        undefined,
        [],
        reportException,
        checkpoint,
      )
    },
    turn() {
      const task = nextTask()
      const ioDue = io.nextDue()
      const taskReady = task ? task.ready : Infinity
      const frameDue = hasRaf() ? MathMax(nextFrame, agent.clock.now) : Infinity
      const next = MathMin(taskReady, ioDue, frameDue)
      if (next === Infinity) return false
      if (frameDue <= next && (frameDue <= agent.clock.now || frameDue < taskReady)) {
        renderFrame()
        return true
      }
      if (ioDue <= taskReady) {
        if (ioDue > agent.clock.now) {
          agent.emit(EventKind.Idle, -1, MathMin(ioDue - agent.clock.now, MAX_SAFE_EXIT))
          agent.clock.now = ioDue
        }
        const done = io.takeDue(agent.clock.now)
        if (done?.complete) {
          runTask(agent, TaskSource.Io, done.id, done.completeSeq, done.complete, undefined, [], reportException, checkpoint)
        }
        return true
      }
      tasks.pop()
      runQueuedTask(task!)
      return true
    },
    nextEventTime() {
      const next = MathMin(nextTask()?.ready ?? Infinity, io.nextDue(), hasRaf() ? MathMax(nextFrame, agent.clock.now) : Infinity)
      return next === Infinity ? agent.clock.now : next
    },
    finish() {
      return { exitCode: 0 }
    },
    finishAfterExit() {
      return { exitCode: 0, crashed: false, crashReason: RunEndReason.Exited }
    },
  }
}
