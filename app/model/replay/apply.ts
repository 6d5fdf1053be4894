import type { TraceColumns } from '../../engine/trace/columns.ts'
import { CoroutineKind, EventKind, JobKind, TaskSource, type LoopPhase } from '../../engine/trace/events.ts'
import type { CoroutineState, LoopState } from './state.ts'

/** Pops the innermost frame of coroutine `co` if it is on top. */
function popCoroutineFrame(state: LoopState, co: number): void {
  const top = state.stack[state.stack.length - 1]
  if (top && top.coroutine === co) state.stack.pop()
}

function setCoroutine(state: LoopState, id: number, patch: Partial<CoroutineState>): void {
  const current = state.coroutines.get(id)
  if (current) state.coroutines.set(id, { ...current, ...patch })
}

/** A host task ran the program's code (a listener): from now on it counts as the program's. */
function programRuns(state: LoopState): void {
  state.task = { ...state.task!, internal: false }
  state.hostTasksRun--
}

/**
 * Applies event `i` of the trace to `state` (mutating it): the one place that
 * knows how each event kind changes what the diagram shows.
 */
export function applyEvent(state: LoopState, trace: TraceColumns, i: number): void {
  const kind = trace.kind[i]!
  const a = trace.a[i]!
  const b = trace.b[i]!
  const c = trace.c[i]!
  const loc = trace.loc[i]!
  state.time = trace.time[i]!
  state.seq = i + 1
  switch (kind) {
    case EventKind.Step:
      state.loc = loc
      if (state.task?.internal) programRuns(state)
      break
    case EventKind.TaskStart: {
      state.loc = 0
      state.task = b === TaskSource.Event ? { id: a, kind: b, subject: c, seq: i, internal: true } : { id: a, kind: b, subject: c, seq: i }
      state.tasksRun++
      if (b === TaskSource.Event) state.hostTasksRun++
      state.stack.length = 0
      if (b === TaskSource.Timer || b === TaskSource.Immediate || b === TaskSource.Render) state.timers.delete(c)
      else if (b === TaskSource.Io || b === TaskSource.Message) state.io.delete(c)
      break
    }
    case EventKind.TaskEnd:
      state.task = null
      state.job = null
      state.stack.length = 0
      break
    case EventKind.JobEnqueue: {
      const job = { id: a, kind: b, subject: c, seq: i, loc }
      if (b === JobKind.NextTick) state.ticks.set(a, job)
      else state.microtasks.set(a, job)
      if (b === JobKind.AwaitResume || b === JobKind.PyTaskStep || b === JobKind.PyTaskWakeup)
        setCoroutine(state, c, { status: 'queued', awaiting: 0, waitFor: 0, since: i })
      break
    }
    case EventKind.JobCancel:
      state.microtasks.delete(a)
      break
    case EventKind.TimerDue:
      state.timers.delete(a)
      break
    case EventKind.TaskWait:
      setCoroutine(state, a, { status: 'awaiting', awaiting: b, waitFor: c, loc, since: i })
      break
    case EventKind.JobStart:
      state.microtasks.delete(a)
      state.ticks.delete(a)
      if (b === JobKind.PyTaskStep || b === JobKind.PyTaskWakeup) setCoroutine(state, c, { status: 'running', since: i })
      state.job = { id: a, kind: b, subject: c, seq: i }
      state.loc = 0
      state.jobsRun++
      if (b === JobKind.Internal) state.hostJobsRun++
      break
    case EventKind.JobEnd: {
      const start = state.job?.seq ?? i
      while (state.stack.length > 0 && state.stack[state.stack.length - 1]!.seq > start) state.stack.pop()
      state.job = null
      break
    }
    case EventKind.FramePush:
      if (state.task?.internal) programRuns(state)
      state.stack.push({ fnId: a, coroutine: b, seq: i, loc })
      break
    case EventKind.FramePop: {
      for (let k = state.stack.length - 1; k >= 0; k--) {
        if (state.stack[k]!.fnId === a && state.stack[k]!.coroutine === 0) {
          state.stack.length = k
          break
        }
      }
      break
    }
    case EventKind.CoroutineStart:
      if (c === CoroutineKind.PyTask) {
        // An asyncio Task starts life queued: its first step waits in the ready queue.
        state.coroutines.set(a, { id: a, fnId: b, kind: c, status: 'queued', awaiting: 0, loc, since: i })
        break
      }
      state.coroutines.set(a, {
        id: a,
        fnId: b,
        kind: c,
        status: c === CoroutineKind.AsyncGenerator ? 'suspended' : 'running',
        awaiting: 0,
        loc,
        since: i,
      })
      if (c !== CoroutineKind.AsyncGenerator) state.stack.push({ fnId: b, coroutine: a, seq: i, loc })
      break
    case EventKind.AwaitSuspend:
      popCoroutineFrame(state, a)
      setCoroutine(state, a, { status: 'awaiting', awaiting: b, loc, since: i })
      break
    case EventKind.AwaitResume: {
      const co = state.coroutines.get(a)
      setCoroutine(state, a, { status: 'running', awaiting: 0, since: i })
      const top = state.stack[state.stack.length - 1]
      if (!top || top.coroutine !== a) state.stack.push({ fnId: co?.fnId ?? 0, coroutine: a, seq: i, loc: co?.loc ?? 0 })
      break
    }
    case EventKind.CoroutineYield:
      popCoroutineFrame(state, a)
      setCoroutine(state, a, { status: 'suspended', loc, since: i })
      break
    case EventKind.CoroutineEnd:
      popCoroutineFrame(state, a)
      state.coroutines.delete(a)
      break
    case EventKind.TimerSet:
      state.timers.set(a, { id: a, kind: c, delayUs: b, due: trace.time[i]! + b, seq: i, loc })
      break
    case EventKind.TimerClear:
      state.timers.delete(a)
      break
    case EventKind.IoStart:
      state.io.set(a, { id: a, kind: b, label: trace.strings[c] ?? '', seq: i, loc })
      break
    case EventKind.IoComplete:
      state.io.delete(a)
      break
    case EventKind.Console:
      state.consoleCount++
      break
    case EventKind.Phase:
      state.phase = a as LoopPhase
      break
    case EventKind.RunEnd:
      state.ended = true
      state.task = null
      state.job = null
      state.stack.length = 0
      break
  }
}
