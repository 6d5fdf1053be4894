import type { TraceColumns } from '../../engine/trace/columns.ts'
import { EventKind, JobKind, TaskSource } from '../../engine/trace/events.ts'
import type { ProgramInfo } from '../../engine/trace/program.ts'
import { formatTime } from '../labels.ts'
import { t, type MessageKey } from '../../i18n/index.ts'

/**
 * The observed half of a failed check's message: what the run actually did,
 * read off the output and the trace, in one sentence a learner can act on.
 */

const quote = (text: string, max = 80) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

/** An error as inspect printed it, in one line: `TypeError: fetch failed (cause: …)`, never a dangling `{`. */
export function errorHeadline(text: string): string {
  const clean = (line: string) => {
    let head = line.trim().replace(/\s*\{$/, '')
    const bracketed = /^\[(.*)\]$/.exec(head)
    if (bracketed) head = bracketed[1]!
    return head
  }
  const lines = text.split('\n')
  const head = clean(lines[0] ?? '')
  const causeLine = lines.find((line) => /^\s*\[cause\]: /.test(line))
  const cause = causeLine ? clean(causeLine.replace(/^\s*\[cause\]: /, '')) : ''
  const whole = cause ? `${head} (cause: ${cause})` : head
  return whole.length > 200 ? `${whole.slice(0, 199)}…` : whole
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Lines worth quoting back: not the host's crash report, not a lone brace. */
const quotable = (line: string) => /[\p{L}\p{N}]/u.test(line) && !line.startsWith('Uncaught ') && !/^\s+at /.test(line)

/** The printed line sharing the most words with `text`, if any shares one. */
function closestLine(text: string, output: readonly string[]): string | undefined {
  const wanted = new Set(words(text))
  let best: { line: string; score: number } | undefined
  for (const line of output) {
    if (!quotable(line)) continue
    let score = 0
    for (const word of new Set(words(line))) if (wanted.has(word)) score++
    if (score > 0 && (!best || score > best.score)) best = { line, score }
  }
  return best?.line
}

/** Why no line includes `text`: nothing printed, or the line that comes closest; `ended` names what ended the run ("an uncaught …"). */
export function missingLine(text: string, output: readonly string[], ended = ''): string {
  const early = ended ? t('observed.early', { cause: `${ended[0]!.toUpperCase()}${ended.slice(1).replace(/,$/, '')}` }) : ''
  if (output.length === 0) return t('observed.nothing') + early
  const closest = closestLine(text, output)
  if (closest !== undefined) return t('observed.closest', { line: quote(closest) }) + early
  if (ended) return t('observed.noLine') + early
  const last = output.filter(quotable).at(-1)
  return last === undefined
    ? t('observed.none', { n: output.length }) + early
    : t('observed.noneLast', { n: output.length, line: quote(last) }) + early
}

/** Where an unwanted text was printed. */
export function presentLine(text: string, output: readonly string[]): string {
  const index = output.findIndex((line) => line.includes(text))
  return t('observed.presentLine', { n: index + 1, line: quote(output[index]!) })
}

/** What was printed instead of exactly `count` lines. */
export function lineCount(output: readonly string[]): string {
  const n = output.length
  if (n === 0) return t('observed.nothing')
  const shown = output.slice(0, 6).map((line) => quote(line, 40))
  return t('observed.printedN', { n, lines: shown.join(t('list.comma')) + (n > shown.length ? t('list.comma') + '…' : '') })
}

/**
 * `entries` must appear in this relative order (each in a line containing it).
 * Returns the observed fact when they do not, or undefined when they do.
 */
export function orderFailure(entries: readonly string[], output: readonly string[]): string | undefined {
  const positions: number[] = []
  let from = 0
  for (const entry of entries) {
    let at = from
    while (at < output.length && !output[at]!.includes(entry)) at++
    if (at === output.length) break
    positions.push(at)
    from = at + 1
  }
  const k = positions.length
  if (k === entries.length) return undefined
  const target = entries[k]!
  const printedOrder = output
    .filter((line) => entries.some((entry) => line.includes(entry)))
    .slice(0, 10)
    .map((line) => quote(line, 40))
  const order = printedOrder.length > 1 ? ` Printed in this order: ${printedOrder.join(', ')}${printedOrder.length === 10 ? ', …' : ''}.` : ''
  const firstAt = output.findIndex((line) => line.includes(target))
  if (firstAt < 0) {
    const closest = closestLine(target, output)
    return `${quote(target)} was never printed${closest !== undefined ? `; the closest was ${quote(closest)}` : ''}.${order}`
  }
  const previous = entries[k - 1]!
  if (previous === target) {
    // A run of the same entry: count the lines it had to work with — after the entry before the run,
    // and before the entry after it, when that one was printed.
    let j = k - 1
    while (j >= 0 && entries[j] === target) j--
    let end = j + 1
    while (end < entries.length && entries[end] === target) end++
    const run = end - j - 1
    const from = j >= 0 ? positions[j]! + 1 : 0
    const after = entries[end]
    const afterAt = after === undefined ? -1 : output.findIndex((line, i) => i >= from && line.includes(after))
    const span = output.slice(from, afterAt >= 0 ? afterAt : output.length)
    const got = span.filter((line) => line.includes(target)).length
    const s = got === 1 ? '' : 's'
    const where =
      afterAt >= 0
        ? `${got === 1 ? 'line' : 'lines'} came before ${quote(after!)}`
        : j >= 0
          ? `line${s} came after ${quote(entries[j]!)}`
          : `line${s} ${got === 1 ? 'was' : 'were'} printed`
    return `Only ${got} ${quote(target)} ${where}, not ${run}.${order}`
  }
  const needed = entries.slice(0, k).filter((entry) => entry === previous).length
  if (needed > 1) {
    const before = output.slice(0, firstAt).filter((line) => line.includes(previous)).length
    return `Only ${before} ${quote(previous)} line${before === 1 ? '' : 's'} came before ${quote(target)}, not ${needed}.${order}`
  }
  return `${quote(target)} came before ${quote(previous)}, not after it.${order}`
}

/** A moment of virtual time, in ms: "0 ms", "12.5 ms", "1.2 s". */
export const at = (us: number) => (us < 1000 ? '0 ms' : formatTime(us))

const TASK_WORDS: Record<number, MessageKey> = {
  [TaskSource.Script]: 'observed.task.script',
  [TaskSource.Timer]: 'observed.task.timer',
  [TaskSource.Immediate]: 'observed.task.immediate',
  [TaskSource.Io]: 'observed.task.io',
  [TaskSource.Message]: 'observed.task.message',
  [TaskSource.Render]: 'observed.task.render',
  [TaskSource.Event]: 'observed.task.event',
  [TaskSource.Close]: 'observed.task.close',
}

/** "The longest task, a timer callback (line 4), ran for 60 ms, from 10 ms to 70 ms." */
export function describeTask(trace: TraceColumns, program: ProgramInfo | undefined, start: number, duration: number): string {
  if (start < 0) return t('observed.noTask')
  const what = t(TASK_WORDS[trace.b[start]!] ?? 'observed.task.other')
  let line: number | undefined
  for (let i = start + 1; i < trace.count && trace.kind[i] !== EventKind.TaskEnd; i++) {
    if (trace.kind[i] === EventKind.Step && trace.loc[i]! > 0) {
      line = program?.locations[trace.loc[i]!]?.line
      break
    }
  }
  const where = line ? t('observed.atLine', { line }) : ''
  const from = trace.time[start]!
  return t('observed.longest', { what, where, duration: formatTime(duration), from: at(from), to: at(from + duration) })
}

/** The first line of the learner's code that ran after event `start` and before the event of kind `until`. */
function firstLine(trace: TraceColumns, program: ProgramInfo | undefined, start: number, until: number): number | undefined {
  for (let i = start + 1; i < trace.count && trace.kind[i] !== until; i++)
    if (trace.kind[i] === EventKind.Step && trace.loc[i]! > 0) return program?.locations[trace.loc[i]!]?.line
  return undefined
}

/** Python: "The longest step of the event loop, a task's step (line 7), ran for 300 ms, from 0 ms to 300 ms." */
export function describeStep(trace: TraceColumns, program: ProgramInfo | undefined, start: number, duration: number): string {
  if (start < 0) return 'The event loop ran no step.'
  const what = trace.b[start] === JobKind.PyCallback ? 'a callback' : 'a task’s step'
  const line = firstLine(trace, program, start, EventKind.JobEnd)
  const from = trace.time[start]!
  return `The longest step of the event loop, ${what}${line ? ` (line ${line})` : ''}, ran for ${formatTime(duration)}, from ${at(from)} to ${at(from + duration)}.`
}

/** " (line 12)" for the event's location, or ''. */
export function atLine(program: ProgramInfo | undefined, loc: number): string {
  const line = loc > 0 ? program?.locations[loc]?.line : undefined
  return line ? t('observed.atLine', { line }) : ''
}

/** The location of the rejection of promise `promiseId` (where it was rejected), or 0. */
export function rejectionLoc(trace: TraceColumns, promiseId: number): number {
  for (let i = 0; i < trace.count; i++) {
    if (trace.kind[i] === EventKind.PromiseSettle && trace.a[i] === promiseId && trace.b[i] === 1) return trace.loc[i]!
  }
  return 0
}
