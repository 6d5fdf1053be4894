import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, JobKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import { narratePython } from './python/narration.ts'
import type { TraceFacts } from './facts.ts'
import { formatTime, type Labels } from './labels.ts'
import { t } from '../i18n/index.ts'
import { localBudgetExplanation } from './budgetWords.ts'

export { TraceFacts } from './facts.ts'

const quote = (text: string) => t('narration.quote', { text })

/**
 * One sentence saying what event `i` did and, where it helps, why — in plain
 * words, naming the learner's lines and functions.
 */
export function narrate(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
  const sentence = narrateEvent(i, trace, labels, facts)
  return isFirstTask(i, trace) && labels.readsClock() ? `${sentence} ${t('narration.virtualClock')}` : sentence
}

/** Whether event `i` is the run's first task: the first stop at every granularity. */
function isFirstTask(i: number, trace: TraceColumns): boolean {
  if (trace.kind[i] !== EventKind.TaskStart) return false
  for (let j = 0; j < i; j++) if (trace.kind[j] === EventKind.TaskStart) return false
  return true
}

function narrateEvent(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
  facts.catchUp()
  const kind = trace.kind[i]
  const a = trace.a[i]!
  const b = trace.b[i]!
  const c = trace.c[i]!
  const loc = trace.loc[i]!
  const at = labels.at(loc)
  const fnOf = (co: number) => facts.coroutineFn.get(co)
  if (facts.python) {
    const python = narratePython(i, trace, labels, facts)
    if (python !== undefined) return python
  }
  switch (kind) {
    case EventKind.Step: {
      const code = labels.code(loc)
      return code ? t('narration.stepCode', { at: capital(at), code }) : t('narration.step', { at: capital(at) })
    }
    case EventKind.TaskStart:
      return describeTaskStart(i, trace, labels, facts)
    case EventKind.TaskEnd:
      return t('narration.taskEnd')
    case EventKind.JobEnqueue:
      return describeEnqueue(i, trace, labels, facts)
    case EventKind.JobStart: {
      const what = labels.job(b, c, trace.loc[trace.cause[i]!] ?? 0, fnOf, facts.jobFunction.get(a))
      if (b === JobKind.NextTick) return t('narration.jobStartNextTick', { what })
      return t('narration.jobStart', { what })
    }
    case EventKind.AwaitSuspend: {
      const name = labels.frame(fnOf(a) ?? 0)
      const settledBefore = c === 1 || (facts.settled.get(b) ?? Infinity) < i
      return settledBefore ? t('narration.awaitSettled', { name, at }) : t('narration.awaitPending', { name, at })
    }
    case EventKind.AwaitResume: {
      const name = labels.frame(fnOf(a) ?? 0)
      if (b === 1) return t('narration.resumeRejected', { name })
      if (b === 2) return t('narration.resumeReturn', { name })
      return t('narration.resume', { name })
    }
    case EventKind.CoroutineStart:
      return c === 0 ? t('narration.moduleStart') : t('narration.asyncCall', { name: labels.frame(b) })
    case EventKind.CoroutineYield:
      return t('narration.yield', { name: labels.frame(fnOf(a) ?? 0) })
    case EventKind.CoroutineEnd:
      return b === 1
        ? t('narration.asyncThrew', { name: labels.frame(fnOf(a) ?? 0) })
        : t('narration.asyncFinished', { name: labels.frame(fnOf(a) ?? 0) })
    case EventKind.TimerSet:
      if (c === TimerKind.Immediate) return t('narration.setImmediate', { at })
      if (c === TimerKind.AnimationFrame) return t('narration.requestAnimationFrame', { at })
      return t('narration.timerSet', { timer: labels.timerKind(c), at, delay: formatTime(b), due: formatTime(trace.time[i]! + b) })
    case EventKind.TimerClear:
      return t('narration.timerClear', { at: labels.at(trace.loc[facts.timerSet.get(a) ?? 0] ?? 0) || t('narration.earlierLine') })
    case EventKind.IoStart:
      return t('narration.ioStart', { what: quote(trace.strings[c] ?? ''), kind: labels.ioKind(b) })
    case EventKind.IoComplete: {
      const what = quote(trace.strings[trace.c[facts.ioStart.get(a) ?? 0] ?? 0] ?? t('narration.theOperation'))
      if (b === 2) return t('narration.ioCancelled', { what })
      return b === 1 ? t('narration.ioFailed', { what }) : t('narration.ioComplete', { what })
    }
    case EventKind.Console: {
      const text = (trace.strings[b] ?? '').replace(/\n$/, '')
      const short = text.length > 70 ? `${text.slice(0, 69)}…` : text
      return at ? t('narration.printsAt', { at: capital(at), text: quote(short) }) : t('narration.prints', { text: quote(short) })
    }
    case EventKind.Idle:
      return t('narration.idle', { until: formatTime(trace.time[i]! + a), jump: formatTime(a) })
    case EventKind.UncaughtError:
      return t(b === 1 ? 'narration.uncaughtEnds' : 'narration.uncaughtContinues', { message: firstLine(trace.strings[a] ?? '') })
    case EventKind.UnhandledRejection:
      return t(c === 1 ? 'narration.unhandledEnds' : 'narration.unhandled', { message: firstLine(trace.strings[b] ?? '') })
    case EventKind.BudgetStop:
      return localBudgetExplanation(a, trace.strings[b]) ?? t('narration.budget')
    case EventKind.RunEnd:
      return t(b === 0 ? 'narration.runEndDone' : 'narration.runEnd', { code: a })
    case EventKind.Phase:
      return t('narration.phase')
    case EventKind.PromiseSettle:
      return t(b === 0 ? 'narration.promiseFulfilled' : 'narration.promiseRejected', {
        hasValue: trace.strings[c] ? 'yes' : 'no',
        value: trace.strings[c] ?? '',
        at: at || 'none',
      })
    case EventKind.PromiseThen:
      return t('narration.promiseThen', { at: at || 'none' })
    default:
      return ''
  }
}

function describeTaskStart(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
  const source = trace.b[i]!
  const subject = trace.c[i]!
  const cause = trace.cause[i]!
  const causeLoc = cause >= 0 ? trace.loc[cause]! : 0
  switch (source) {
    case TaskSource.Script:
      return t('narration.scriptStart')
    case TaskSource.Timer: {
      const delay = cause >= 0 ? trace.b[cause]! : 0
      return t('narration.timerTask', {
        timer: labels.timerKind(cause >= 0 ? trace.c[cause]! : 0),
        at: labels.at(causeLoc) || t('narration.earlier'),
        delay: formatTime(delay),
      })
    }
    case TaskSource.Immediate:
      return t('narration.immediateTask', { at: labels.at(causeLoc) || t('narration.earlier') })
    case TaskSource.Io: {
      const start = facts.ioStart.get(subject)
      const label = start !== undefined ? trace.strings[trace.c[start]!] : undefined
      return t('narration.ioTask', { what: label ? quote(label) : t('narration.anOperation') })
    }
    case TaskSource.Render:
      return t('narration.renderTask')
    case TaskSource.Message:
      return t('narration.messageTask')
    default:
      return t('narration.nextTask')
  }
}

function describeEnqueue(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
  const kind = trace.b[i]!
  const subject = trace.c[i]!
  const cause = trace.cause[i]!
  const what = labels.job(kind, subject, trace.loc[i]!, (co) => facts.coroutineFn.get(co), facts.jobFunction.get(trace.a[i]!))
  switch (kind) {
    case JobKind.Reaction:
      if (cause >= 0 && trace.kind[cause] === EventKind.PromiseThen) return t('narration.reactionImmediate', { what })
      return t('narration.reaction', { what })
    case JobKind.AwaitResume:
      return t('narration.awaitQueued', { what })
    case JobKind.ResolveThenable:
      return t('narration.resolveThenable', { at: labels.at(trace.loc[i]!) || t('narration.here') })
    case JobKind.Microtask:
      return t('narration.queueMicrotask', { at: labels.at(trace.loc[i]!) })
    case JobKind.NextTick:
      return t('narration.nextTick', { at: labels.at(trace.loc[i]!) })
    default:
      return t('narration.bookkeeping')
  }
}

function capital(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? ''
}

/** "Why did this run now?": the chain of causes of event `i`, nearest first. */
export function causeChain(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts, depth = 6): { seq: number; text: string }[] {
  const chain: { seq: number; text: string }[] = []
  let seq = trace.cause[i]!
  while (seq >= 0 && chain.length < depth) {
    const text = narrate(seq, trace, labels, facts)
    if (text) chain.push({ seq, text })
    const next = trace.cause[seq]!
    if (next < 0 && trace.kind[seq] === EventKind.PromiseSettle) {
      // A settlement's cause is the statement that settled it: point at that line.
      break
    }
    seq = next
  }
  return chain
}
