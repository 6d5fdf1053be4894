import { formatTime } from '../../model/labels.ts'
import { narrate } from '../../model/narration.ts'
import type { TraceSession } from '../../model/session.ts'
import { SpanKind, type TimelineLayout } from '../../model/timeline.ts'
import { t, type MessageKey } from '../../i18n/index.ts'

const KIND_NAMES: Record<number, MessageKey> = {
  [SpanKind.Task]: 'spans.task',
  [SpanKind.Microtask]: 'spans.microtask',
  [SpanKind.Idle]: 'spans.idle',
  [SpanKind.Running]: 'spans.running',
  [SpanKind.Awaiting]: 'spans.awaiting',
  [SpanKind.Queued]: 'spans.queued',
  [SpanKind.Timer]: 'spans.timer',
  [SpanKind.Io]: 'spans.io',
  [SpanKind.Render]: 'spans.render',
  [SpanKind.Suspended]: 'spans.suspended',
}

/** Finding spans by position or by the event that opened them. */
export const spanAt = {
  byPosition(
    layout: TimelineLayout,
    row: number,
    time: number,
    tolerance: number,
    rowOf: (layout: TimelineLayout, lane: number) => number,
  ): number {
    let best = -1
    for (let k = 0; k < layout.count; k++) {
      if (rowOf(layout, layout.lane[k]!) !== row) continue
      if (layout.start[k]! - tolerance <= time && time <= layout.end[k]! + tolerance) {
        best = k
        if (layout.kind[k] !== SpanKind.Task) break
      }
    }
    return best
  },
  byEvent(layout: TimelineLayout, seq: number): number {
    for (let k = layout.count - 1; k >= 0; k--)
      if (
        layout.seq[k]! <= seq &&
        (layout.kind[k] === SpanKind.Task || layout.kind[k] === SpanKind.Microtask || layout.kind[k] === SpanKind.Running)
      )
        return k
    return -1
  },
}

/** Tooltip text for a span: what, when, and the event that opened it. */
export function spanDescription(session: TraceSession, span: number): string {
  const layout = session.timeline
  const seq = layout.seq[span]!
  const start = layout.start[span]!
  const end = layout.end[span]!
  const what = narrate(seq, session.trace, session.labels, session.facts)
  const kind = KIND_NAMES[layout.kind[span]!]
  return `${kind ? t(kind) : ''} · ${formatTime(start)} → ${formatTime(end)} (${formatTime(end - start)}). ${what}`
}
