import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, IoKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { t, type MessageKey } from '../i18n/index.ts'

/** Something still pending when a run was stopped: a timer, a request, a message in flight. */
export interface PendingWork {
  /** "the interval at line 1", "the request GET /slow (line 4)". */
  description: string
  /** The learner's line that started it, when known. */
  line: number | undefined
}

const TIMER_WORDS: Record<number, MessageKey> = {
  [TimerKind.Timeout]: 'keptAlive.timer',
  [TimerKind.Interval]: 'keptAlive.interval',
  [TimerKind.Immediate]: 'keptAlive.immediate',
  [TimerKind.AnimationFrame]: 'keptAlive.animationFrame',
}

const IO_WORDS: Record<number, MessageKey> = {
  [IoKind.Fetch]: 'keptAlive.fetch',
  [IoKind.ServerRequest]: 'keptAlive.serverRequest',
  [IoKind.ChannelMessage]: 'keptAlive.channel',
  [IoKind.PortMessage]: 'keptAlive.port',
  [IoKind.WorkerMessage]: 'keptAlive.worker',
  [IoKind.AbortTimeout]: 'keptAlive.abortTimeout',
  [IoKind.Other]: 'keptAlive.operation',
}

/**
 * What was still waiting in the host when the trace ends — the timers,
 * intervals and I/O that keep a program alive — in the order they were
 * started, each named with the line that started it.
 */
export function pendingWork(trace: TraceColumns, program?: ProgramInfo): PendingWork[] {
  const lineOf = (loc: number) => (loc > 0 ? program?.locations[loc]?.line : undefined)
  /** Timer id → where it was first set and its kind, while it is pending. */
  const timers = new Map<number, { loc: number; kind: number; order: number }>()
  const firstSet = new Map<number, { loc: number; order: number }>()
  const io = new Map<number, { loc: number; kind: number; label: string; order: number }>()
  for (let i = 0; i < trace.count; i++) {
    switch (trace.kind[i]) {
      case EventKind.TimerSet: {
        const id = trace.a[i]!
        const kind = trace.c[i]!
        const key = id * 4 + kind
        if (!firstSet.has(key)) firstSet.set(key, { loc: trace.loc[i]!, order: i })
        timers.set(key, { ...firstSet.get(key)!, kind })
        break
      }
      case EventKind.TimerClear:
        timers.delete(trace.a[i]! * 4 + TimerKind.Timeout)
        timers.delete(trace.a[i]! * 4 + TimerKind.Interval)
        timers.delete(trace.a[i]! * 4 + TimerKind.Immediate)
        break
      case EventKind.TaskStart: {
        const source = trace.b[i]
        const subject = trace.c[i]!
        // An interval stays armed until it is cleared, so only a timeout's firing ends it.
        if (source === TaskSource.Timer) timers.delete(subject * 4 + TimerKind.Timeout)
        else if (source === TaskSource.Immediate) timers.delete(subject * 4 + TimerKind.Immediate)
        else if (source === TaskSource.Render) timers.delete(subject * 4 + TimerKind.AnimationFrame)
        break
      }
      case EventKind.IoStart:
        io.set(trace.a[i]!, { loc: trace.loc[i]!, kind: trace.b[i]!, label: trace.strings[trace.c[i]!] ?? '', order: i })
        break
      case EventKind.IoComplete:
        io.delete(trace.a[i]!)
        break
    }
  }
  const found: { order: number; work: PendingWork }[] = []
  for (const timer of timers.values()) {
    const line = lineOf(timer.loc)
    const words = t(TIMER_WORDS[timer.kind] ?? 'keptAlive.timer')
    found.push({ order: timer.order, work: { description: line ? t('keptAlive.atLine', { words, line }) : words, line } })
  }
  for (const op of io.values()) {
    const line = lineOf(op.loc)
    const words = t(IO_WORDS[op.kind] ?? 'keptAlive.operation')
    const what = op.label ? t('keptAlive.labelled', { words, label: op.label }) : words
    found.push({ order: op.order, work: { description: line ? t('keptAlive.inLine', { what, line }) : what, line } })
  }
  found.sort((a, b) => a.order - b.order)
  // An interval re-set many times still counts once; keep the earliest mention of each description.
  const seen = new Set<string>()
  const out: PendingWork[] = []
  for (const { work } of found) {
    if (seen.has(work.description)) continue
    seen.add(work.description)
    out.push(work)
  }
  return out
}

/** "something keeps your program alive: the interval at line 1 and the timer at line 5", or '' when nothing is pending. */
export function keptAliveSentence(pending: readonly PendingWork[]): string {
  if (pending.length === 0) return ''
  const named = pending.slice(0, 3).map((p) => p.description)
  const more = pending.length - named.length
  const list =
    more > 0
      ? t('list.andMore', { list: named.join(t('list.comma')), more })
      : named.length > 1
        ? t('list.and', { list: named.slice(0, -1).join(t('list.comma')), last: named.at(-1)! })
        : named[0]!
  return t('keptAlive.sentence', { list })
}
