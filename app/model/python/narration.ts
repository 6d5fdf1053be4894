import type { TraceColumns } from '../../engine/trace/columns.ts'
import { CoroutineKind, EventKind, JobKind, LoopPhase, TaskSource, TimerKind } from '../../engine/trace/events.ts'
import { formatTime, type Labels } from '../labels.ts'
import type { TraceFacts } from '../facts.ts'
import { PythonLabels } from './labels.ts'

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
      return b === TaskSource.Script
        ? 'The program starts: Python runs the module from top to bottom. Nothing is asynchronous until asyncio.run() starts an event loop.'
        : undefined
    case EventKind.TaskEnd:
      return 'The module has finished running, and with it the program.'
    case EventKind.CoroutineStart:
      if (c !== CoroutineKind.PyTask) return undefined
      return `${names.task(a)} is created${at ? ` (${at})` : ''}: the coroutine is wrapped in a Task, and its first step is scheduled with call_soon. It has not started yet: it runs when the loop reaches it in the ready queue.`
    case EventKind.JobEnqueue: {
      const what = names.job(b, c)
      const cause = trace.cause[i]!
      if (cause >= 0 && trace.kind[cause] === EventKind.TimerDue) return `The timer is due, so its callback joins the ready queue: ${what}.`
      if (b === JobKind.PyTaskWakeup)
        return `The future ${names.task(c)} was waiting for is done, so its wakeup joins the ready queue. (Python has no microtask queue: task steps, wakeups and callbacks all wait in this one queue, first in, first out.)`
      if (b === JobKind.PyTaskStep) return `${names.task(c)}'s next step joins the back of the ready queue${at ? ` (${at})` : ''}.`
      return `call_soon puts “${what}” at the back of the ready queue${at ? ` (${at})` : ''}.`
    }
    case EventKind.JobStart: {
      const what = names.job(b, c)
      if (b === JobKind.PyTaskStep)
        return `The loop runs the oldest ready handle: ${names.task(c)} runs until it next awaits something that is not ready.`
      if (b === JobKind.PyTaskWakeup)
        return `The loop runs the oldest ready handle: ${names.task(c)} wakes up and resumes where it awaited.`
      return `The loop runs the oldest ready handle: ${what}.`
    }
    case EventKind.JobEnd:
      return 'That handle is done; the loop takes the next one.'
    case EventKind.JobCancel:
      return 'The next ready handle was cancelled, so the loop skips it.'
    case EventKind.TaskWait:
      return `${names.task(a)} pauses${at ? ` at ${at}` : ''}, waiting for ${trace.strings[c] ?? 'a future'}. Its step is over: the loop is free to run other handles.`
    case EventKind.CoroutineEnd: {
      const outcome = b === 2 ? 'was cancelled' : b === 1 ? 'finished with an exception' : 'finished'
      return `${names.task(a)} ${outcome}; whatever awaits it is woken.`
    }
    case EventKind.TimerSet:
      if (c !== TimerKind.CallLater) return undefined
      return `call_later${at ? ` (${at})` : ''} puts “${names.timer(a)}” on the timer heap, due in ${formatTime(b)} — at ${formatTime(trace.time[i]! + b)}.`
    case EventKind.TimerClear:
      return `The timer “${names.timer(a)}” is cancelled and will never run.`
    case EventKind.TimerDue:
      return `It is ${formatTime(trace.time[i]!)}: the timer “${names.timer(a)}” is due, so the loop moves it from the timer heap to the ready queue.`
    case EventKind.Phase:
      if (a === LoopPhase.PyReady)
        return 'A new turn of the event loop: it runs every handle that is in the ready queue right now, in order. Handles added meanwhile wait for the next turn.'
      return undefined
    case EventKind.Block:
      return `time.sleep${at ? ` (${at})` : ''} blocks the whole thread for ${formatTime(a)}: no other task, timer or callback can run until it returns. In async code, await asyncio.sleep instead.`
    case EventKind.Idle:
      return `Nothing is ready, so the loop waits for the next timer: the virtual clock jumps ${formatTime(a)} to ${formatTime(trace.time[i]! + a)}. Waiting costs no CPU.`
    case EventKind.UncaughtError: {
      const text = trace.strings[a] ?? ''
      const last = text.trimEnd().split('\n').pop() ?? text
      return `An exception was not caught: ${last} — Python prints the traceback and exits with code 1.`
    }
    case EventKind.IoStart:
      return `“${trace.strings[c] ?? 'Host work'}” starts outside the event loop. The loop keeps running other handles while it is in flight.`
    case EventKind.IoComplete:
      return b === 2
        ? 'The operation was cancelled before it finished.'
        : 'The operation finished; the loop will hand its result to whoever awaits it.'
    default:
      return undefined
  }
}
