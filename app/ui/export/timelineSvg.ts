import { formatTime } from '../../model/labels.ts'
import type { TraceSession } from '../../model/session.ts'
import { SpanKind } from '../../model/timeline.ts'
import { laneRow } from '../timeline/TimelineView.tsx'

const COLORS: Record<number, string> = {
  [SpanKind.Task]: '#2563eb',
  [SpanKind.Microtask]: '#9333ea',
  [SpanKind.Idle]: '#e5e7eb',
  [SpanKind.Running]: '#16a34a',
  [SpanKind.Awaiting]: '#cbd5e1',
  [SpanKind.Queued]: '#a855f7',
  [SpanKind.Timer]: '#ea580c',
  [SpanKind.Io]: '#0d9488',
  [SpanKind.Render]: '#db2777',
  [SpanKind.Suspended]: '#e2e8f0',
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** The whole timeline as a standalone SVG (lanes, spans, a time axis): for slides and handouts. */
export function timelineSvg(session: TraceSession, width = 1200): { markup: string; width: number; height: number } {
  const layout = session.timeline
  layout.catchUp()
  const lanes = [...layout.loopLanes, ...layout.hostLanes, ...layout.coroutineLanes].slice(0, 60)
  const row = 22
  const label = 170
  const top = 30
  const height = top + lanes.length * row + 10
  const end = Math.max(layout.endTime, 1)
  const x = (t: number) => label + ((width - label - 10) * t) / end
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ]
  for (let i = 0; i <= 5; i++) {
    const t = (end * i) / 5
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 6}" y2="${height}" stroke="#e5e7eb"/><text x="${x(t)}" y="${top - 10}" text-anchor="middle" fill="#5b6275">${escape(formatTime(t))}</text>`,
    )
  }
  lanes.forEach((lane, i) => parts.push(`<text x="6" y="${top + i * row + 15}" fill="#1d2233">${escape(lane.title)}</text>`))
  for (let k = 0; k < layout.count; k++) {
    const rowIndex = laneRow(layout, layout.lane[k]!)
    if (rowIndex >= lanes.length) continue
    const x0 = x(layout.start[k]!)
    const w = Math.max(1, x(layout.end[k]!) - x0)
    parts.push(
      `<rect x="${x0.toFixed(2)}" y="${top + rowIndex * row + 3}" width="${w.toFixed(2)}" height="${row - 6}" fill="${COLORS[layout.kind[k]!] ?? '#888'}"/>`,
    )
  }
  parts.push('</svg>')
  return { markup: parts.join(''), width, height }
}
