import type { TraceColumns } from '../engine/trace/columns.ts'
import { EventKind } from '../engine/trace/events.ts'

export type ConsoleLevel = 'log' | 'info' | 'debug' | 'warn' | 'error'
const LEVELS: ConsoleLevel[] = ['log', 'info', 'debug', 'warn', 'error']

/** One line of program output: which event printed it, at what level. */
export interface ConsoleLine {
  seq: number
  level: ConsoleLevel
  text: string
}

/** Output longer than this many lines keeps only its start and end (the console stays fast). */
export const MAX_CONSOLE_LINES = 200_000

/**
 * The program's output split into lines, indexed by the event that printed
 * them, so the console can show exactly what was printed up to a step.
 */
export class ConsoleIndex {
  readonly lines: ConsoleLine[] = []
  dropped = 0
  private scanned = 0
  private partial: ConsoleLine | undefined

  constructor(private readonly trace: TraceColumns) {}

  catchUp(): void {
    const t = this.trace
    for (let i = this.scanned; i < t.count; i++) {
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
  }

  private add(line: ConsoleLine): void {
    if (this.lines.length < MAX_CONSOLE_LINES) this.lines.push(line)
    else this.dropped++
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
