import type { TraceColumns } from '../../engine/trace/columns.ts'
import { CoroutineKind, EventKind, JobKind, LoopPhase, TaskSource, TimerKind } from '../../engine/trace/events.ts'
import { formatTime, type Labels } from '../labels.ts'
import type { TraceFacts } from '../facts.ts'
import { PythonLabels } from './labels.ts'
import { t } from '../../i18n/index.ts'

/**
 * The narration of a Python asyncio trace: each step in asyncio's terms
 * (tasks, the ready queue, call_soon and call_later, the timer heap).
 * Returns undefined for events the general narration words well enough
 * (lines running, printing, frames).
 */
export function narratePython(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string | undefined {
  const names = new PythonLabels(trace, labels, facts)
  const kind = trace.kind[i]
  const a = trace.a[i]!
  const b = trace.b[i]!
  const c = trace.c[i]!
  const at = labels.at(trace.loc[i]!)
  switch (kind) {
    case EventKind.TaskStart:
      return b === TaskSource.Script ? t('python.scriptStart') : undefined
    case EventKind.TaskEnd:
      return t('python.taskEnd')
    case EventKind.CoroutineStart:
      if (c !== CoroutineKind.PyTask) return undefined
      return t('python.taskCreated', { task: names.task(a), at: at || 'none' })
    case EventKind.JobEnqueue: {
      const what = names.job(b, c)
      const cause = trace.cause[i]!
      if (cause >= 0 && trace.kind[cause] === EventKind.TimerDue) return t('python.timerDueQueued', { what })
      if (b === JobKind.PyTaskWakeup) return t('python.wakeupQueued', { task: names.task(c) })
      if (b === JobKind.PyTaskStep) return t('python.stepQueued', { task: names.task(c), at: at || 'none' })
      return t('python.callSoon', { what, at: at || 'none' })
    }
    case EventKind.JobStart: {
      const what = names.job(b, c)
      if (b === JobKind.PyTaskStep) return t('python.runStep', { task: names.task(c) })
      if (b === JobKind.PyTaskWakeup) return t('python.runWakeup', { task: names.task(c) })
      return t('python.runHandle', { what })
    }
    case EventKind.JobEnd:
      return t('python.jobEnd')
    case EventKind.JobCancel:
      return t('python.jobCancel')
    case EventKind.TaskWait:
      return t('python.taskWait', { task: names.task(a), at: at || 'none', what: trace.strings[c] ?? t('python.aFuture') })
    case EventKind.CoroutineEnd: {
      const task = names.task(a)
      return b === 2 ? t('python.taskCancelled', { task }) : b === 1 ? t('python.taskFailed', { task }) : t('python.taskFinished', { task })
    }
    case EventKind.TimerSet:
      if (c !== TimerKind.CallLater) return undefined
      return t('python.callLater', { at: at || 'none', timer: names.timer(a), delay: formatTime(b), due: formatTime(trace.time[i]! + b) })
    case EventKind.TimerClear:
      return t('python.timerClear', { timer: names.timer(a) })
    case EventKind.TimerDue:
      return t('python.timerDue', { time: formatTime(trace.time[i]!), timer: names.timer(a) })
    case EventKind.Phase:
      if (a === LoopPhase.PyReady) return t('python.turn')
      return undefined
    case EventKind.Block:
      return t('python.block', { at: at || 'none', time: formatTime(a) })
    case EventKind.Idle:
      return t('python.idle', { jump: formatTime(a), until: formatTime(trace.time[i]! + a) })
    case EventKind.UncaughtError: {
      const text = trace.strings[a] ?? ''
      const last = text.trimEnd().split('\n').pop() ?? text
      return t('python.uncaught', { message: last })
    }
    case EventKind.IoStart:
      return t('python.ioStart', { what: trace.strings[c] ?? t('python.hostWork') })
    case EventKind.IoComplete:
      return b === 2 ? t('python.ioCancelled') : t('python.ioComplete')
    default:
      return undefined
  }
}
