import type { TraceColumns } from './columns.ts'
import { CoroutineKind, EventKind, JobKind, TaskSource, TimerKind, type TraceHost } from './events.ts'
import type { ProgramInfo } from './program.ts'

/** One record of the Chrome trace event format (the subset Looplab writes). */
export interface ChromeTraceEvent {
  name: string
  cat: string
  ph: 'B' | 'E' | 'X' | 'i' | 'b' | 'e' | 'n' | 's' | 'f' | 'M'
  ts: number
  pid: number
  tid: number
  dur?: number
  id?: string
  s?: 'g' | 'p' | 't'
  bp?: 'e'
  args?: Record<string, unknown>
}

export interface ChromeTrace {
  traceEvents: ChromeTraceEvent[]
  displayTimeUnit: 'ms'
  otherData: Record<string, string>
}

const PID = 1
const MAIN = 1
const IDLE = 2

const TASK_NAMES: Record<number, string> = {
  [TaskSource.Script]: 'Run script',
  [TaskSource.Timer]: 'Timer task',
  [TaskSource.Immediate]: 'setImmediate task',
  [TaskSource.Io]: 'I/O task',
  [TaskSource.Message]: 'Message task',
  [TaskSource.Render]: 'Animation frame callback',
  [TaskSource.Event]: 'Event task',
  [TaskSource.Close]: 'Close task',
}

const JOB_NAMES: Record<number, string> = {
  [JobKind.Reaction]: 'Microtask: promise reaction',
  [JobKind.AwaitResume]: 'Microtask: resume after await',
  [JobKind.ResolveThenable]: 'Microtask: resolve thenable',
  [JobKind.Microtask]: 'Microtask: queueMicrotask',
  [JobKind.NextTick]: 'process.nextTick',
  [JobKind.Internal]: 'Microtask: runtime bookkeeping',
}

/**
 * Converts a trace to the Chrome trace event format: tasks, microtasks and
 * the learner's function frames as nested slices on the event-loop thread;
 * each coroutine as an async slice with its awaits; timers, console lines and
 * errors as instant events; "what queued this" as flow arrows. Times are the
 * virtual microseconds of the run.
 */
export function toChromeTrace(trace: TraceColumns, program: ProgramInfo, host: TraceHost): ChromeTrace {
  const out: ChromeTraceEvent[] = [
    {
      name: 'process_name',
      cat: '__metadata',
      ph: 'M',
      ts: 0,
      pid: PID,
      tid: MAIN,
      args: { name: `Looplab (${host} profile, virtual time)` },
    },
    { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: PID, tid: MAIN, args: { name: 'Event loop' } },
    { name: 'thread_name', cat: '__metadata', ph: 'M', ts: 0, pid: PID, tid: IDLE, args: { name: 'Waiting' } },
  ]
  const functionName = (id: number) => program.functions[id]?.name ?? `function #${id}`
  const where = (loc: number) => {
    const l = program.locations[loc]
    return l && loc > 0 ? `main.ts:${l.line}:${l.column}` : undefined
  }
  /** Open slices on the main thread, innermost last: coroutine frames are tagged with their id. */
  const open: { coroutine: number }[] = []
  const coroutineFunction = new Map<number, number>()
  const coroutineKind = new Map<number, number>()
  const begin = (name: string, ts: number, coroutine: number, args?: Record<string, unknown>) => {
    out.push({ name, cat: 'looplab', ph: 'B', ts, pid: PID, tid: MAIN, ...(args ? { args } : {}) })
    open.push({ coroutine })
  }
  const end = (ts: number) => {
    if (open.length === 0) return
    open.pop()
    out.push({ name: '', cat: 'looplab', ph: 'E', ts, pid: PID, tid: MAIN })
  }
  const endCoroutineFrame = (co: number, ts: number) => {
    if (open.length > 0 && open[open.length - 1]!.coroutine === co) end(ts)
  }
  const flowFrom = (seq: number, cause: number, ts: number) => {
    if (cause < 0) return
    const id = `flow-${seq}`
    out.push({ name: 'caused', cat: 'causality', ph: 's', ts: trace.time[cause]!, pid: PID, tid: MAIN, id })
    out.push({ name: 'caused', cat: 'causality', ph: 'f', bp: 'e', ts, pid: PID, tid: MAIN, id })
  }

  for (let i = 0; i < trace.count; i++) {
    const ts = trace.time[i]!
    const a = trace.a[i]!
    const b = trace.b[i]!
    const c = trace.c[i]!
    switch (trace.kind[i]) {
      case EventKind.TaskStart:
        begin(TASK_NAMES[b] ?? 'Task', ts, 0, { task: a })
        flowFrom(i, trace.cause[i]!, ts)
        break
      case EventKind.JobStart:
        begin(JOB_NAMES[b] ?? 'Microtask', ts, 0, { job: a })
        flowFrom(i, trace.cause[i]!, ts)
        break
      case EventKind.TaskEnd:
      case EventKind.JobEnd:
        while (open.length > 0 && open[open.length - 1]!.coroutine !== 0) end(ts)
        end(ts)
        break
      case EventKind.FramePush:
        begin(functionName(a), ts, 0, { at: where(trace.loc[i]!) })
        break
      case EventKind.FramePop:
        end(ts)
        break
      case EventKind.CoroutineStart: {
        coroutineFunction.set(a, b)
        coroutineKind.set(a, c)
        const name = c === CoroutineKind.Module ? '(module)' : `${functionName(b)}()`
        out.push({ name, cat: 'coroutine', ph: 'b', ts, pid: PID, tid: MAIN, id: `co-${a}` })
        if (c !== CoroutineKind.AsyncGenerator) begin(name, ts, a)
        break
      }
      case EventKind.AwaitSuspend:
        endCoroutineFrame(a, ts)
        out.push({ name: `await ${where(trace.loc[i]!) ?? ''}`.trim(), cat: 'coroutine', ph: 'b', ts, pid: PID, tid: MAIN, id: `co-${a}` })
        break
      case EventKind.AwaitResume: {
        const kind = coroutineKind.get(a)
        if (kind !== CoroutineKind.AsyncGenerator || open[open.length - 1]?.coroutine !== a) {
          out.push({ name: 'await', cat: 'coroutine', ph: 'e', ts, pid: PID, tid: MAIN, id: `co-${a}` })
        }
        begin(`${functionName(coroutineFunction.get(a) ?? 0)}()`, ts, a)
        break
      }
      case EventKind.CoroutineYield:
        endCoroutineFrame(a, ts)
        break
      case EventKind.CoroutineEnd:
        endCoroutineFrame(a, ts)
        out.push({ name: '', cat: 'coroutine', ph: 'e', ts, pid: PID, tid: MAIN, id: `co-${a}` })
        break
      case EventKind.TimerSet:
        out.push({
          name: timerName(c, b),
          cat: 'timer',
          ph: 'i',
          s: 't',
          ts,
          pid: PID,
          tid: MAIN,
          args: { timer: a, at: where(trace.loc[i]!) },
        })
        break
      case EventKind.Console:
        out.push({ name: 'console', cat: 'console', ph: 'i', s: 't', ts, pid: PID, tid: MAIN, args: { text: trace.strings[b] ?? '' } })
        break
      case EventKind.UncaughtError:
      case EventKind.UnhandledRejection:
        out.push({
          name: trace.kind[i] === EventKind.UncaughtError ? 'Uncaught error' : 'Unhandled rejection',
          cat: 'error',
          ph: 'i',
          s: 'g',
          ts,
          pid: PID,
          tid: MAIN,
          args: { message: trace.strings[trace.kind[i] === EventKind.UncaughtError ? a : b] ?? '' },
        })
        break
      case EventKind.BudgetStop:
        out.push({
          name: 'Stopped by a budget',
          cat: 'error',
          ph: 'i',
          s: 'g',
          ts,
          pid: PID,
          tid: MAIN,
          args: { explanation: trace.strings[b] ?? '' },
        })
        break
      case EventKind.Idle:
        out.push({ name: 'Waiting (nothing to run)', cat: 'idle', ph: 'X', ts, dur: a, pid: PID, tid: IDLE })
        break
    }
  }
  const last = trace.count > 0 ? trace.time[trace.count - 1]! : 0
  while (open.length > 0) end(last)
  return { traceEvents: out, displayTimeUnit: 'ms', otherData: { source: 'Looplab', timebase: 'virtual microseconds' } }
}

function timerName(kind: number, delayUs: number): string {
  const ms = delayUs / 1000
  switch (kind) {
    case TimerKind.Interval:
      return `setInterval ${ms} ms`
    case TimerKind.Immediate:
      return 'setImmediate'
    case TimerKind.AnimationFrame:
      return 'requestAnimationFrame'
    default:
      return `setTimeout ${ms} ms`
  }
}
