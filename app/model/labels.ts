import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, IoKind, JobKind, ReactionKind, TaskSource, TimerKind } from '../engine/trace/events.ts'
import type { ProgramInfo } from '../engine/trace/program.ts'
import { t } from '../i18n/index.ts'

/** A line of code that reads the clock, in TypeScript or Python. */
const CLOCK_READ =
  /\bDate\s*(\.\s*now\b|\()|\bnew\s+Date\b|\bperformance\s*\.\s*now\b|\btime\s*\.\s*(time|monotonic|perf_counter)(_ns)?\s*\(|\.\s*time\s*\(\s*\)|\b(datetime|date)\s*\.\s*(now|today|utcnow)\s*\(/
const LINE_COMMENT = /(^|\s)(\/\/|#).*$/

/** Names and places, in the words the diagram and the narration use. */
export class Labels {
  private readonly lines: string[]
  private clockRead: boolean | undefined

  constructor(
    private readonly program: ProgramInfo,
    private readonly trace: TraceColumns,
  ) {
    this.lines = program.source.split('\n')
  }

  /**
   * Whether the program reads the clock (`Date`, `performance.now()`, Python's `time.time()`,
   * `loop.time()`, `datetime.now()`…), outside comments: its dates and durations are virtual.
   */
  readsClock(): boolean {
    this.clockRead ??= this.lines.some((line) => CLOCK_READ.test(line.replace(LINE_COMMENT, '')))
    return this.clockRead
  }

  line(loc: number): number | undefined {
    return loc > 0 ? this.program.locations[loc]?.line : undefined
  }

  /** "line 7", or '' when unknown. */
  at(loc: number): string {
    const line = this.line(loc)
    return line ? t('labels.line', { line }) : ''
  }

  /** The source text at a location, first line only, shortened. */
  code(loc: number, max = 60): string {
    const span = loc > 0 ? this.program.locations[loc] : undefined
    if (!span) return ''
    const text = (this.lines[span.line - 1] ?? '').slice(span.column - 1)
    const oneLine = span.endLine === span.line ? text.slice(0, span.endColumn - span.column) : text
    const trimmed = oneLine.trim().replace(/;$/, '')
    return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed
  }

  fn(fnId: number): string {
    if (fnId < 0) return t('labels.builtinAsync')
    return this.program.functions[fnId]?.name ?? '(anonymous)'
  }

  fnLine(fnId: number): number | undefined {
    const loc = this.program.functions[fnId]?.loc
    return loc !== undefined ? this.line(loc) : undefined
  }

  /** A function as the stack shows it: `main`, `(anonymous) line 7`. */
  frame(fnId: number): string {
    const name = this.fn(fnId)
    if (fnId === 0) return '(module)'
    if (name === '(anonymous)') {
      const line = this.fnLine(fnId)
      return line ? t('labels.anonymousAt', { line }) : t('labels.anonymous')
    }
    return name
  }

  /** What a queued job will do: "then callback (line 7)", "resume main (line 12)". */
  job(kind: number, subject: number, loc: number, coroutineFn?: (co: number) => number | undefined, callbackFn?: number): string {
    switch (kind) {
      case JobKind.Reaction: {
        const registration = subject >= 0 && subject < this.trace.count ? subject : -1
        const isThen = registration >= 0 && this.trace.kind[registration] === EventKind.PromiseThen
        const reaction = isThen ? this.trace.c[registration]! : ReactionKind.Then
        const callback = callbackFn ?? 0
        const where =
          callback > 0
            ? t('labels.line', { line: this.fnLine(callback) ?? '?' })
            : registration >= 0
              ? this.at(this.trace.loc[registration]!)
              : ''
        const name =
          reaction === ReactionKind.Catch
            ? t('labels.catchCallback')
            : reaction === ReactionKind.Finally
              ? t('labels.finallyCallback')
              : t('labels.thenCallback')
        return where ? t('labels.nameAt', { name, where }) : name
      }
      case JobKind.AwaitResume: {
        const fnId = coroutineFn?.(subject)
        return t('labels.resume', { name: fnId !== undefined ? this.frame(fnId) : t('labels.asyncFunction') })
      }
      case JobKind.ResolveThenable:
        return t('labels.resolveThenable')
      case JobKind.Microtask:
        return loc ? t('labels.nameAt', { name: t('labels.microtaskCallback'), where: this.at(loc) }) : t('labels.microtaskCallback')
      case JobKind.NextTick:
        return loc ? t('labels.nameAt', { name: t('labels.nextTickCallback'), where: this.at(loc) }) : t('labels.nextTickCallback')
      case JobKind.Internal:
        return t('labels.hostInternals')
      default:
        return t('labels.bookkeeping')
    }
  }

  timerKind(kind: number): string {
    switch (kind) {
      case TimerKind.Interval:
        return 'setInterval'
      case TimerKind.Immediate:
        return 'setImmediate'
      case TimerKind.AnimationFrame:
        return 'requestAnimationFrame'
      default:
        return 'setTimeout'
    }
  }

  taskSource(source: number): string {
    switch (source) {
      case TaskSource.Script:
        return t('labels.source.script')
      case TaskSource.Timer:
        return t('labels.source.timer')
      case TaskSource.Immediate:
        return 'setImmediate'
      case TaskSource.Io:
        return t('labels.source.io')
      case TaskSource.Message:
        return t('labels.source.message')
      case TaskSource.Render:
        return t('labels.source.render')
      case TaskSource.Event:
        return t('labels.source.event')
      default:
        return t('labels.source.task')
    }
  }

  ioKind(kind: number): string {
    switch (kind) {
      case IoKind.Fetch:
        return t('labels.io.fetch')
      case IoKind.ServerRequest:
        return t('labels.io.serverRequest')
      case IoKind.ChannelMessage:
        return t('labels.io.channel')
      case IoKind.PortMessage:
        return t('labels.io.port')
      case IoKind.WorkerMessage:
        return t('labels.io.worker')
      case IoKind.AbortTimeout:
        return t('labels.io.abortTimeout')
      case IoKind.File:
        return t('labels.io.file')
      case IoKind.ThreadPoolWait:
        return t('labels.io.threadPool')
      default:
        return t('labels.io.other')
    }
  }
}

/** "12.5 ms", "1.25 s", "320 µs" for virtual times in µs. */
export function formatTime(us: number): string {
  if (us < 1000) return `${Math.round(us)} µs`
  if (us < 1_000_000) return `${trimNumber(us / 1000)} ms`
  return `${trimNumber(us / 1_000_000)} s`
}

/**
 * A formatter for the labels of an axis whose ticks are `ticks` (µs, evenly spaced): one unit for all
 * of them, chosen by the largest, and as many decimals as their spacing needs, so that no two read alike.
 */
export function timeTickFormat(ticks: readonly number[]): (us: number) => string {
  const largest = Math.max(0, ...ticks.map(Math.abs))
  const [scale, unit] = largest < 1000 ? [1, 'µs'] : largest < 1_000_000 ? [1000, 'ms'] : [1_000_000, 's']
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) / scale : 1
  let decimals = 0
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals++
  return (us) => `${(us / scale).toFixed(decimals)} ${unit}`
}

function trimNumber(n: number): string {
  return n >= 100 ? String(Math.round(n)) : n >= 10 ? n.toFixed(1).replace(/\.0$/, '') : n.toFixed(2).replace(/\.?0+$/, '')
}
