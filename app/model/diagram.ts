import { JobKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import { formatTime } from './labels.ts'
import { activePill, PROFILES } from './profiles.ts'
import { pythonDiagramModel } from './python/diagram.ts'
import type { LoopState, QueuedJob } from './replay/state.ts'
import type { TraceSession } from './session.ts'
import type { DiagramColumn, DiagramItem, DiagramModel, DiagramOptions, ItemKind } from './diagramTypes.ts'
import { t } from '../i18n/index.ts'

export type { DiagramColumn, DiagramItem, DiagramModel, DiagramOptions, ItemKind } from './diagramTypes.ts'

/** Tasks and microtasks run so far, as the lessons count them: the host's own work only when asked. */
export function runCounts(state: LoopState, internals = false): { tasksRun: number; jobsRun: number } {
  return internals
    ? { tasksRun: state.tasksRun, jobsRun: state.jobsRun }
    : { tasksRun: state.tasksRun - state.hostTasksRun, jobsRun: state.jobsRun - state.hostJobsRun }
}

const MAX_ITEMS = 7

function column(items: DiagramItem[]): DiagramColumn {
  return items.length > MAX_ITEMS ? { items: items.slice(0, MAX_ITEMS), more: items.length - MAX_ITEMS } : { items, more: 0 }
}

/** Builds the diagram's content for a state of a session. */
export function diagramModel(session: TraceSession, state: LoopState, options: DiagramOptions = {}): DiagramModel {
  if (session.host === 'python') return pythonDiagramModel(session, state)
  const { labels, facts, trace } = session
  const internals = options.internals ?? false
  facts.catchUp()
  const fnOf = (co: number) => facts.coroutineFn.get(co)

  const stack: DiagramItem[] = []
  // While the task's microtask checkpoint runs, its own code has returned: the stack shows only the microtask.
  if (state.task && !state.job && (internals || !state.task.internal)) {
    const source = state.task.kind
    const causeLoc = trace.cause[state.task.seq]! >= 0 ? trace.loc[trace.cause[state.task.seq]!]! : 0
    stack.push({
      key: taskKey(state.task.kind, state.task.subject, state.task.id),
      kind: 'task',
      title: source === TaskSource.Script ? PROFILES[session.host].scriptTask : t('diagram.taskOf', { source: labels.taskSource(source) }),
      detail: causeLoc ? t('diagram.from', { at: labels.at(causeLoc) }) : '',
      loc: causeLoc,
      seq: state.task.seq,
    })
  }
  if (state.job && (internals || state.job.kind !== JobKind.Internal)) {
    const enqueue = trace.cause[state.job.seq]!
    stack.push({
      key: `job-${state.job.id}`,
      kind: state.job.kind === JobKind.NextTick ? 'tick' : 'microtask',
      title: labels.job(
        state.job.kind,
        state.job.subject,
        enqueue >= 0 ? trace.loc[enqueue]! : 0,
        fnOf,
        facts.jobFunction.get(state.job.id),
      ),
      detail: t('diagram.running'),
      loc: enqueue >= 0 ? trace.loc[enqueue]! : 0,
      seq: state.job.seq,
    })
  }
  for (const frame of state.stack) {
    // The module's own frame repeats the "main script" task card under it.
    if (!internals && frame.fnId === 0 && state.task?.kind === TaskSource.Script && !state.job) continue
    stack.push({
      key: `frame-${frame.seq}`,
      kind: 'frame',
      title: labels.frame(frame.fnId),
      detail: labels.at(frame.loc) ? t('diagram.calledAt', { at: labels.at(frame.loc) }) : '',
      loc: session.program.functions[frame.fnId]?.loc ?? 0,
      seq: frame.seq,
    })
  }
  if (stack.length > 0 && state.loc > 0 && (state.task || state.job)) {
    const top = stack[stack.length - 1]!
    top.detail = t('diagram.nowAt', { at: labels.at(state.loc) })
  }

  const jobItems = (queue: Map<number, QueuedJob>, kind: ItemKind): DiagramItem[] =>
    [...queue.values()]
      .filter((job) => internals || job.kind !== JobKind.Internal)
      .map((job) => ({
        key: `job-${job.id}`,
        kind: job.kind === JobKind.Internal ? 'internal' : kind,
        title: labels.job(job.kind, job.subject, job.loc, fnOf, facts.jobFunction.get(job.id)),
        detail: job.kind === JobKind.Internal ? t('diagram.byHost') : job.loc ? t('diagram.queuedAt', { at: labels.at(job.loc) }) : '',
        loc: job.loc,
        seq: job.seq,
      }))

  const ready: DiagramItem[] = []
  const waiting: DiagramItem[] = []
  const timers = [...state.timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq)
  for (const timer of timers) {
    const due = timer.due <= state.time
    const kind: ItemKind = timer.kind === TimerKind.Immediate ? 'immediate' : timer.kind === TimerKind.AnimationFrame ? 'raf' : 'timer'
    const item: DiagramItem = {
      key: taskKey(
        timer.kind === TimerKind.Immediate
          ? TaskSource.Immediate
          : timer.kind === TimerKind.AnimationFrame
            ? TaskSource.Render
            : TaskSource.Timer,
        timer.id,
        0,
      ),
      kind: due && kind === 'timer' ? 'ready' : kind,
      title: `${labels.timerKind(timer.kind)}${timer.kind === TimerKind.Timeout || timer.kind === TimerKind.Interval ? ` ${formatTime(timer.delayUs)}` : ''}`,
      detail:
        timer.kind === TimerKind.Immediate
          ? t('diagram.checkPhase', { at: labels.at(timer.loc) })
          : timer.kind === TimerKind.AnimationFrame
            ? t('diagram.nextFrame', { at: labels.at(timer.loc) })
            : due
              ? t('diagram.due', { at: labels.at(timer.loc) })
              : t('diagram.dueIn', { at: labels.at(timer.loc), left: formatTime(timer.due - state.time) }),
      loc: timer.loc,
      seq: timer.seq,
    }
    if (!due && (timer.kind === TimerKind.Timeout || timer.kind === TimerKind.Interval) && timer.delayUs > 0)
      item.countdown = {
        elapsed: Math.max(0, Math.min(1, 1 - (timer.due - state.time) / timer.delayUs)),
        left: formatTime(timer.due - state.time),
      }
    ;(due || timer.kind === TimerKind.Immediate ? ready : waiting).push(item)
  }
  for (const io of state.io.values()) {
    waiting.push({
      key: taskKey(TaskSource.Io, io.id, 0),
      kind: 'io',
      title: io.label || labels.ioKind(io.kind),
      detail: t('diagram.inFlight', { kind: labels.ioKind(io.kind), at: io.loc ? labels.at(io.loc) : 'none' }),
      loc: io.loc,
      seq: io.seq,
    })
  }

  const seen = new Set<string>()
  for (const item of [...stack, ...ready, ...waiting]) {
    if (seen.has(item.key)) item.key = `${item.key}-next`
    seen.add(item.key)
  }

  return {
    time: state.time,
    clock: formatTime(state.time),
    host: session.host,
    phase: state.phase,
    pill: activePill(session.host, state),
    stack: column(stack),
    microtasks: column(jobItems(state.microtasks, 'microtask')),
    ticks: column(jobItems(state.ticks, 'tick')),
    ready: column(ready),
    waiting: column(waiting),
    summary: runCounts(state, internals),
  }
}

/** Tasks keep one key from "pending in the host" to "running on the stack", so the view can animate the move. */
function taskKey(source: number, subject: number, taskId: number): string {
  if (source === TaskSource.Timer || source === TaskSource.Immediate || source === TaskSource.Render) return `timer-${subject}`
  if (source === TaskSource.Io) return `io-${subject}`
  return `task-${taskId}`
}
