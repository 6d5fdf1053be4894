import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind, HostProfileCode } from '../engine/trace/events.ts'
import { unroutedNote, unroutedRequests } from './unrouted.ts'

export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error'
const LEVELS: ConsoleLevel[] = ['log', 'info', 'debug', 'warn', 'error']

/** One line of program output: which event printed it, at what level. */
export interface ConsoleLine {
  seq: number
  level: ConsoleLevel
  text: string
  /** Set on the marker standing for lines that were printed and not kept: how many. */
  omitted?: number
  /** Set on Looplab's own notes (not program output): the simulated network answering an unknown URL. */
  note?: true
}

/** Output longer than this many lines keeps its first and last lines (half each) and counts the rest. */
export const MAX_CONSOLE_LINES = 200_000
const HEAD_LINES = MAX_CONSOLE_LINES / 2
const TAIL_LINES = MAX_CONSOLE_LINES / 2
/** Lines longer than this are shortened for display (the trace keeps them whole). */
export const MAX_LINE_LENGTH = 10_000

/**
 * The program's output split into lines, indexed by the event that printed
 * them, so the console can show exactly what was printed up to a step.
 * A very long output keeps its beginning and its end, with one marker line
 * between them saying how many lines were left out. Looplab's own notes
 * (an unknown URL answered by the simulated world) sit among the lines,
 * marked `note`, and are not part of `texts()` or `total`.
 */
export class ConsoleIndex {
  /** Kept lines in print order (with the omission marker, if any, between the head and the tail). */
  readonly lines: ConsoleLine[] = []
  /** Every line printed, kept or not. */
  total = 0
  private scanned = 0
  private partial: ConsoleLine | undefined
  private marker: ConsoleLine | undefined
  private noted = false

  constructor(private readonly trace: TraceColumns) {}

  /** Lines printed and not kept. */
  get dropped(): number {
    return this.marker?.omitted ?? 0
  }

  /** The text of every kept line the program printed (no omission marker, no notes of Looplab's). */
  texts(): string[] {
    const out: string[] = []
    for (const line of this.lines) if (line.omitted === undefined && !line.note) out.push(line.text)
    return out
  }

  catchUp(): void {
    const t = this.trace
    for (let i = this.scanned; i < t.count; i++) {
      if (t.kind[i] === EventKind.UnroutedRequest && !this.noted) {
        // Once per run, the console says that the simulated world answered an unknown URL.
        this.noted = true
        this.partial = undefined
        const python = t.count > 0 && t.kind[0] === EventKind.RunStart && t.a[0] === HostProfileCode.python
        for (const text of unroutedNote(unroutedRequests(t, i, i + 1)[0]!, python))
          this.lines.push({ seq: i, level: 'info', text, note: true })
        continue
      }
      if (t.kind[i] !== EventKind.Console) continue
      const level = LEVELS[t.a[i]!] ?? 'log'
      const text = t.strings[t.b[i]!] ?? ''
      const pieces = text.split('\n')
      for (let p = 0; p < pieces.length; p++) {
        const piece = pieces[p]!
        const last = p === pieces.length - 1
        if (last && piece === '') break
        if (this.partial && p === 0) {
          this.partial.text += piece
          if (!last) this.partial = undefined
          continue
        }
        const line = { seq: i, level, text: piece }
        this.add(line)
        this.partial = last ? line : undefined
      }
    }
    this.scanned = t.count
    this.trimTail()
  }

  private add(line: ConsoleLine): void {
    this.total++
    this.lines.push(line)
    this.trimTail(false)
  }

  /** Drops the oldest tail lines beyond the limit into the marker (in bulk, so the cost per line stays constant). */
  private trimTail(force = true): void {
    const tailStart = HEAD_LINES + (this.marker ? 1 : 0)
    const tail = this.lines.length - tailStart
    if (tail <= TAIL_LINES || (!force && tail < TAIL_LINES * 2)) return
    const excess = tail - TAIL_LINES
    const removed = this.lines.splice(tailStart, excess)
    if (this.partial && removed.includes(this.partial)) this.partial = undefined
    const firstKept = this.lines[tailStart]!
    if (!this.marker) {
      this.marker = { seq: firstKept.seq, level: 'info', text: '', omitted: 0 }
      this.lines.splice(HEAD_LINES, 0, this.marker)
    }
    this.marker.omitted! += excess
    this.marker.seq = firstKept.seq
    this.marker.text = `… ${this.marker.omitted!.toLocaleString('en-US')} lines not kept: the console keeps the first ${HEAD_LINES.toLocaleString('en-US')} and the last ${TAIL_LINES.toLocaleString('en-US')} …`
  }

  /** The text of line `index` as displayed (very long lines shortened). */
  static display(text: string): string {
    return text.length > MAX_LINE_LENGTH
      ? `${text.slice(0, MAX_LINE_LENGTH)}… [${(text.length - MAX_LINE_LENGTH).toLocaleString('en-US')} more characters]`
      : text
  }

  /** How many lines had been printed once event `seq - 1` happened. */
  countAt(seq: number): number {
    this.catchUp()
    let lo = 0
    let hi = this.lines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.lines[mid]!.seq < seq) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
