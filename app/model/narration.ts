import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, JobKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import { narratePython } from './python/narration.ts'
import type { TraceFacts } from './facts.ts'
import { formatTime, type Labels } from './labels.ts'

export { TraceFacts } from './facts.ts'

const quote = (text: string) => `“${text}”`

/**
 * One sentence saying what event `i` did and, where it helps, why — in plain
 * words, naming the learner's lines and functions.
 */
export function narrate(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
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
      return code ? `${capital(at)} runs: ${code}` : `${capital(at)} runs.`
    }
    case EventKind.TaskStart:
      return describeTaskStart(i, trace, labels, facts)
    case EventKind.TaskEnd:
      return 'The task is finished and the call stack is empty.'
    case EventKind.JobEnqueue:
      return describeEnqueue(i, trace, labels, facts)
    case EventKind.JobStart: {
      const what = labels.job(b, c, trace.loc[trace.cause[i]!] ?? 0, fnOf, facts.jobFunction.get(a))
      if (b === JobKind.NextTick) return `Before any promise job, Node drains the nextTick queue: the ${what} runs.`
      return `The call stack is empty, so the oldest microtask runs: the ${what}.`
    }
    case EventKind.AwaitSuspend: {
      const name = labels.frame(fnOf(a) ?? 0)
      const settledBefore = c === 1 || (facts.settled.get(b) ?? Infinity) < i
      return settledBefore
        ? `${name} reached await (${at}). The value is already there, but resuming still waits for a turn in the microtask queue; meanwhile its caller carries on.`
        : `${name} reached await (${at}) and pauses until that promise settles; meanwhile its caller carries on.`
    }
    case EventKind.AwaitResume: {
      const name = labels.frame(fnOf(a) ?? 0)
      if (b === 1) return `${name} resumes, but the awaited promise was rejected: the await throws.`
      if (b === 2) return `${name} resumes to return early (return() was called).`
      return `${name} resumes with the awaited value.`
    }
    case EventKind.CoroutineStart:
      return c === 0
        ? 'The module body starts.'
        : `${labels.frame(b)} is called; an async function runs synchronously until its first await.`
    case EventKind.CoroutineYield:
      return `${labels.frame(fnOf(a) ?? 0)} yields a value to whoever is iterating it, and pauses.`
    case EventKind.CoroutineEnd:
      return b === 1
        ? `${labels.frame(fnOf(a) ?? 0)} threw, so its promise is rejected.`
        : `${labels.frame(fnOf(a) ?? 0)} finished, so its promise resolves.`
    case EventKind.TimerSet:
      if (c === TimerKind.Immediate) return `setImmediate (${at}) queues the callback for Node's check phase, after I/O.`
      if (c === TimerKind.AnimationFrame)
        return `requestAnimationFrame (${at}) asks for the callback to run just before the next frame is painted.`
      return `${labels.timerKind(c)} (${at}) hands the callback to the host, due in ${formatTime(b)} — at ${formatTime(trace.time[i]! + b)}.`
    case EventKind.TimerClear:
      return `The timer set at ${labels.at(trace.loc[facts.timerSet.get(a) ?? 0] ?? 0) || 'an earlier line'} is cancelled; its callback will never run.`
    case EventKind.IoStart:
      return `${quote(trace.strings[c] ?? '')} starts (${labels.ioKind(b)}). The program keeps running while it is in flight.`
    case EventKind.IoComplete:
      if (b === 2)
        return `${quote(trace.strings[trace.c[facts.ioStart.get(a) ?? 0] ?? 0] ?? 'The operation')} was cancelled before it completed.`
      return `${quote(trace.strings[trace.c[facts.ioStart.get(a) ?? 0] ?? 0] ?? 'The operation')} completed${b === 1 ? ' with a failure' : ''}; its callback will run as a task.`
    case EventKind.Console: {
      const text = (trace.strings[b] ?? '').replace(/\n$/, '')
      const short = text.length > 70 ? `${text.slice(0, 69)}…` : text
      return `${at ? `${capital(at)} prints` : 'Printed'} ${quote(short)}.`
    }
    case EventKind.Idle:
      return `Nothing can run until ${formatTime(trace.time[i]! + a)}, so the virtual clock jumps ahead ${formatTime(a)}. Waiting costs no CPU.`
    case EventKind.UncaughtError:
      return `An exception was not caught: ${firstLine(trace.strings[a] ?? '')}${b === 1 ? ' — the program ends.' : ' — the event loop reports it and carries on.'}`
    case EventKind.UnhandledRejection:
      return `A promise was rejected and nothing handled it: ${firstLine(trace.strings[b] ?? '')}${c === 1 ? ' — Node ends the program with exit code 1.' : '.'}`
    case EventKind.BudgetStop:
      return trace.strings[b] ?? 'The program hit a limit and was stopped.'
    case EventKind.RunEnd:
      return b === 0 ? `Nothing is left to run: the program is over (exit code ${a}).` : `The program ended (exit code ${a}).`
    case EventKind.Phase:
      return 'The event loop moves to its next phase.'
    case EventKind.PromiseSettle:
      return `A promise is ${b === 0 ? 'fulfilled' : 'rejected'}${trace.strings[c] ? ` with ${trace.strings[c]}` : ''}${at ? ` (${at})` : ''}; anything waiting on it is queued.`
    case EventKind.PromiseThen:
      return `A callback is registered on a promise${at ? ` (${at})` : ''}; it will be queued when the promise settles.`
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
      return 'The program starts: the whole module runs as the first task.'
    case TaskSource.Timer: {
      const delay = cause >= 0 ? trace.b[cause]! : 0
      return `The microtask queue is empty, so the event loop takes the next task: the ${labels.timerKind(cause >= 0 ? trace.c[cause]! : 0)} from ${labels.at(causeLoc) || 'earlier'} (${formatTime(delay)}) is due.`
    }
    case TaskSource.Immediate:
      return `Check phase: the setImmediate callback from ${labels.at(causeLoc) || 'earlier'} runs.`
    case TaskSource.Io: {
      const start = facts.ioStart.get(subject)
      const label = start !== undefined ? trace.strings[trace.c[start]!] : undefined
      return `${label ? quote(label) : 'An operation'} completed, so its callback runs as a task.`
    }
    case TaskSource.Render:
      return 'Time to render a frame: animation frame callbacks run before the browser paints.'
    case TaskSource.Message:
      return 'A posted message is delivered: its handler runs as a task.'
    default:
      return 'The event loop runs the next task.'
  }
}

function describeEnqueue(i: number, trace: TraceColumns, labels: Labels, facts: TraceFacts): string {
  const kind = trace.b[i]!
  const subject = trace.c[i]!
  const cause = trace.cause[i]!
  const what = labels.job(kind, subject, trace.loc[i]!, (co) => facts.coroutineFn.get(co), facts.jobFunction.get(trace.a[i]!))
  switch (kind) {
    case JobKind.Reaction:
      if (cause >= 0 && trace.kind[cause] === EventKind.PromiseThen)
        return `The promise had already settled, so the ${what} goes straight to the microtask queue.`
      return `A promise settled, so the ${what} joins the microtask queue.`
    case JobKind.AwaitResume:
      return `The awaited promise settled, so “${what}” joins the microtask queue.`
    case JobKind.ResolveThenable:
      return `A promise was resolved with another promise (${labels.at(trace.loc[i]!) || 'here'}); adopting its state costs an extra microtask.`
    case JobKind.Microtask:
      return `queueMicrotask (${labels.at(trace.loc[i]!)}) puts a callback at the back of the microtask queue.`
    case JobKind.NextTick:
      return `process.nextTick (${labels.at(trace.loc[i]!)}) queues a callback on the nextTick queue, which Node drains before promise jobs.`
    default:
      return 'The runtime queues a bookkeeping job.'
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
