import { JobKind } from '../../engine/trace/events.ts'
import type { DiagramColumn, DiagramItem, DiagramModel } from '../diagramTypes.ts'
import { formatTime } from '../labels.ts'
import { activePill } from '../profiles.ts'
import type { LoopState } from '../replay/state.ts'
import type { TraceSession } from '../session.ts'
import { PythonLabels } from './labels.ts'
import { t } from '../../i18n/index.ts'

const MAX_ITEMS = 7

function column(items: DiagramItem[]): DiagramColumn {
  return items.length > MAX_ITEMS ? { items: items.slice(0, MAX_ITEMS), more: items.length - MAX_ITEMS } : { items, more: 0 }
}

/**
 * The diagram of a Python asyncio run at one step: the call stack (the handle
 * the loop is running, then the learner's frames), the ready queue (`_ready`:
 * task steps, wakeups and callbacks, first in, first out), the scheduled
 * timers (the `call_later` heap, soonest first) with host work in flight, and
 * every task that is not running, with what it waits for.
 *
 * Keys follow one thing as it moves: a timer's handle keeps its key from the
 * heap to the ready queue to the stack.
 */
export function pythonDiagramModel(session: TraceSession, state: LoopState): DiagramModel {
  const { labels, facts, trace } = session
  facts.catchUp()
  const names = new PythonLabels(trace, labels, facts)
  /** A handle that was a timer keeps the timer's key, so its card moves from the heap to the ready queue to the stack. */
  const jobKey = (id: number) => {
    const timer = facts.timerOfJob.get(id)
    return timer !== undefined ? `timer-${timer}` : `job-${id}`
  }

  const stack: DiagramItem[] = []
  const frames = state.stack.slice()
  const module = frames[0]?.fnId === 0 ? frames.shift() : undefined
  if (module) {
    stack.push({
      key: `frame-${module.seq}`,
      kind: 'frame',
      title: '<module>',
      detail: state.job ? t('pyDiagram.insideRun') : '',
      loc: 0,
      seq: module.seq,
    })
  }
  if (state.job) {
    const enqueue = trace.cause[state.job.seq]!
    const loc = enqueue >= 0 ? trace.loc[enqueue]! : 0
    stack.push({
      key: jobKey(state.job.id),
      kind: 'microtask',
      title: names.job(state.job.kind, state.job.subject),
      detail: t('pyDiagram.running'),
      loc,
      seq: state.job.seq,
    })
  }
  for (const frame of frames) {
    stack.push({
      key: `frame-${frame.seq}`,
      kind: 'frame',
      title: labels.frame(frame.fnId),
      detail: '',
      loc: session.program.functions[frame.fnId]?.loc ?? 0,
      seq: frame.seq,
    })
  }
  if (stack.length > 0 && state.loc > 0) stack[stack.length - 1]!.detail = `now at ${labels.at(state.loc)}`

  const readyQueue: DiagramItem[] = [...state.microtasks.values()].map((job) => ({
    key: jobKey(job.id),
    kind: job.kind === JobKind.PyCallback ? 'ready' : 'microtask',
    title: names.job(job.kind, job.subject),
    detail: job.loc
      ? t('pyDiagram.scheduledAt', { at: labels.at(job.loc) })
      : job.kind === JobKind.PyCallback
        ? t('pyDiagram.byAsyncio')
        : '',
    loc: job.loc,
    seq: job.seq,
  }))

  const waiting: DiagramItem[] = []
  const timers = [...state.timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq)
  for (const timer of timers) {
    waiting.push({
      key: `timer-${timer.id}`,
      kind: 'timer',
      title: names.timer(timer.id),
      detail: t('pyDiagram.timerDue', {
        at: labels.at(timer.loc) || 'none',
        due: formatTime(timer.due),
        left: formatTime(Math.max(0, timer.due - state.time)),
      }),
      loc: timer.loc,
      seq: timer.seq,
    })
  }
  for (const io of state.io.values()) {
    waiting.push({
      key: `io-${io.id}`,
      kind: 'io',
      title: io.label || t('pyDiagram.hostWork'),
      detail: t('pyDiagram.inFlight', { at: io.loc ? labels.at(io.loc) : 'none' }),
      loc: io.loc,
      seq: io.seq,
    })
  }

  const tasks: DiagramItem[] = []
  for (const co of state.coroutines.values()) {
    if (co.status === 'running') continue
    const waitFor = co.waitFor ? trace.strings[co.waitFor] : undefined
    tasks.push({
      key: `task-${co.id}`,
      kind: 'task',
      title: names.task(co.id),
      detail:
        co.status === 'awaiting'
          ? t('pyDiagram.waits', { at: labels.at(co.loc) || 'none', what: waitFor ?? t('python.aFuture') })
          : t('pyDiagram.ready'),
      loc: co.loc,
      seq: co.since,
    })
  }

  return {
    time: state.time,
    clock: formatTime(state.time),
    host: 'python',
    phase: state.phase,
    pill: activePill('python', state),
    stack: column(stack),
    microtasks: column(readyQueue),
    ticks: column([]),
    ready: column(tasks),
    waiting: column(waiting),
    summary: { tasksRun: state.tasksRun, jobsRun: state.jobsRun },
  }
}
