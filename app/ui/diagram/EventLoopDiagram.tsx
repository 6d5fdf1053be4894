import { useEffect, useRef, useState } from 'react'
import type { DiagramColumn, DiagramItem, DiagramModel } from '../../model/diagram.ts'
import { PROFILES, type ProfileWording } from '../../model/profiles.ts'
import { PhasePills } from './PhasePills.tsx'
import { wrapText } from './wrap.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  model: DiagramModel
  onHover: (item: DiagramItem | undefined) => void
  onSelect?: (item: DiagramItem) => void
}

const GAP = 6
const TOP = 78
const TITLE_LINE = 16
const DETAIL_LINE = 14

interface ColumnBox {
  x: number
  w: number
  title: string
}

/** Three columns sharing the width; the stack grows up from the bottom. */
function columnsFor(width: number, wording: ProfileWording): { stack: ColumnBox; microtasks: ColumnBox; tasks: ColumnBox } {
  const margin = width < 560 ? 8 : 16
  const gap = width < 560 ? 12 : 24
  const w = Math.max(92, (width - margin * 2 - gap * 2) / 3)
  const short = w < 150
  const { stack, microtasks, tasks } = wording.columns
  return {
    stack: { x: margin, w, title: short ? stack.short : stack.long },
    microtasks: { x: margin + w + gap, w, title: short ? microtasks.short : microtasks.long },
    tasks: { x: margin + 2 * (w + gap), w, title: short ? tasks.short : tasks.long },
  }
}

interface Placed {
  item: DiagramItem
  x: number
  y: number
  w: number
  h: number
  title: string[]
  detail: string[]
  role: string
}

/** A card's wrapped text and height for a column width (narrow columns get more lines). */
function card(item: DiagramItem, w: number): { title: string[]; detail: string[]; h: number } {
  const lines = w < 180 ? 3 : 2
  const title = wrapText(item.title, (w - 22) / 7.9, lines)
  const detail = item.detail ? wrapText(item.detail, (w - 18) / 6.2, lines) : []
  return { title, detail, h: Math.max(38, 10 + title.length * TITLE_LINE + detail.length * DETAIL_LINE + (item.countdown ? 6 : 2)) }
}

/** Where every item goes: the layout is fixed columns; positions come from queue order. */
function place(
  model: DiagramModel,
  COLUMNS: ReturnType<typeof columnsFor>,
  BOTTOM: number,
  wording: ProfileWording,
): { placed: Placed[]; labels: { x: number; y: number; text: string; muted?: boolean }[] } {
  const placed: Placed[] = []
  const labels: { x: number; y: number; text: string; muted?: boolean }[] = []

  // The stack grows upward from the bottom of its column.
  let bottom = BOTTOM
  model.stack.items.forEach((item, i) => {
    const c = card(item, COLUMNS.stack.w)
    bottom -= c.h + GAP
    placed.push({
      item,
      ...c,
      x: COLUMNS.stack.x,
      y: bottom,
      w: COLUMNS.stack.w,
      role: i === model.stack.items.length - 1 ? t('diagram.top') : t('diagram.frame'),
    })
  })
  if (model.stack.items.length === 0)
    labels.push({
      x: COLUMNS.stack.x + COLUMNS.stack.w / 2,
      y: BOTTOM - 20,
      text: COLUMNS.stack.w > 240 ? t('diagram.emptyLong') : t('diagram.empty'),
      muted: true,
    })

  // Queues read front to back, top to bottom.
  let y = TOP
  /** Places a queue's cards from `y` down; `limit` is where they must end, `first` lets its first card spill (alone in its column). */
  const queue = (column: DiagramColumn, x: number, w: number, heading?: string, limit = BOTTOM - 22, first = true) => {
    if (heading) {
      labels.push({ x: x + 4, y: y + 12, text: heading })
      y += 20
    }
    let more = column.more
    for (let i = 0; i < column.items.length; i++) {
      const item = column.items[i]!
      const c = card(item, w)
      // Cards that would spill out of the column are counted instead.
      if (y + c.h > limit && (i > 0 || !first)) {
        more += column.items.length - i
        break
      }
      placed.push({ item, ...c, x, y, w, role: i === 0 ? t('diagram.next') : t('diagram.queued') })
      y += c.h + GAP
    }
    if (more > 0) {
      labels.push({ x: x + 4, y: y + 10, text: t('diagram.more', { more }), muted: true })
      y += 20
    }
  }
  const hasTicks = model.ticks.items.length > 0
  if (hasTicks) {
    queue(model.ticks, COLUMNS.microtasks.x, COLUMNS.microtasks.w, 'nextTick queue (first)')
    y += 4
  }
  queue(model.microtasks, COLUMNS.microtasks.x, COLUMNS.microtasks.w, hasTicks ? t('diagram.promiseJobs') : undefined)
  if (model.microtasks.items.length === 0 && model.ticks.items.length === 0)
    labels.push({ x: COLUMNS.microtasks.x + COLUMNS.microtasks.w / 2, y: TOP + 70, text: t('diagram.empty'), muted: true })

  const heading = (options: [string, string, string]) =>
    COLUMNS.tasks.w > 230 ? options[0] : COLUMNS.tasks.w > 150 ? options[1] : options[2]
  y = TOP
  // The ready cards leave room below them for the waiting section's heading and its count.
  const waitingRoom = model.waiting.items.length + model.waiting.more > 0 ? 56 : 0
  queue(model.ready, COLUMNS.tasks.x, COLUMNS.tasks.w, heading(wording.ready), BOTTOM - 22 - waitingRoom)
  if (model.ready.items.length === 0) {
    labels.push({ x: COLUMNS.tasks.x + 8, y: y + 12, text: wording.readyEmpty, muted: true })
    y += 22
  }
  y += 8
  queue(model.waiting, COLUMNS.tasks.x, COLUMNS.tasks.w, heading(wording.waiting), BOTTOM - 22, model.ready.items.length === 0)
  if (model.waiting.items.length === 0) labels.push({ x: COLUMNS.tasks.x + 8, y: y + 12, text: wording.waitingEmpty, muted: true })
  // Cards stay in one DOM order (by identity) so a card that moves is the same element, and its move animates.
  placed.sort((a, b) => (a.item.key < b.item.key ? -1 : a.item.key > b.item.key ? 1 : 0))
  return { placed, labels }
}

/** The event loop at one step: call stack, microtask queue, tasks and what the host holds. */
export function EventLoopDiagram({ model, onHover, onSelect }: Props) {
  const ref = useRef<SVGSVGElement>(null)
  const [size, setSize] = useState({ width: 960, height: 400 })
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      const box = element.getBoundingClientRect()
      if (box.width > 0 && box.height > 0) setSize({ width: Math.round(box.width), height: Math.round(box.height) })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const wording = PROFILES[model.host]
  const WIDTH = size.width
  const HEIGHT = size.height
  const COLUMNS = columnsFor(WIDTH, wording)
  const { placed, labels } = place(model, COLUMNS, HEIGHT - 12, wording)
  const compact = WIDTH < 760
  // On a phone the clock's label is short ("t = 5 µs"), so the phase pills keep their whole names.
  const tiny = WIDTH < 480
  const clockWidth = (tiny ? 44 : 130) + model.clock.length * 12
  const pillsX = compact ? clockWidth : Math.max(COLUMNS.microtasks.x, clockWidth)
  const pillsRoom = compact ? WIDTH - pillsX - 12 : COLUMNS.tasks.x + COLUMNS.tasks.w - pillsX - 200
  const pillStep = Math.min(112, pillsRoom / wording.pills.length)
  const description = t('diagram.description', {
    clock: model.clock,
    stack: model.stack.items.length,
    microtasks: model.microtasks.items.length + model.microtasks.more,
    ready: model.ready.items.length + model.ready.more,
    waiting: model.waiting.items.length + model.waiting.more,
  })
  return (
    <div className="diagram-frame">
      <svg
        ref={ref}
        className="loop-diagram"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMinYMin meet"
        role="img"
        aria-label={description}
      >
        <g className="diagram-header">
          <text x={16} y={26} className="clock">
            <tspan className="clock-label" style={tiny ? { textTransform: 'none' } : undefined}>
              {tiny ? 't = ' : `${t('diagram.virtualTime')} `}
            </tspan>
            {model.clock}
          </text>
          {!compact && (
            <text x={COLUMNS.tasks.x + COLUMNS.tasks.w} y={26} textAnchor="end" className="counts">
              {wording.counted.task ? `${plural(model.summary.tasksRun, wording.counted.task)} · ` : ''}
              {t('diagram.jobsRun', { jobs: plural(model.summary.jobsRun, wording.counted.job) })}
            </text>
          )}
        </g>
        {Object.values(COLUMNS).map((column) => (
          <g key={column.title}>
            <rect x={column.x - 8} y={44} width={column.w + 16} height={HEIGHT - 50} rx={10} className="column-bg" />
            <text x={column.x} y={64} className="column-title">
              {column.title}
            </text>
          </g>
        ))}
        {labels.map((label) => (
          <text
            key={`${label.x}-${label.y}-${label.text}`}
            x={label.x}
            y={label.y}
            className={label.muted ? 'column-note muted' : 'column-note'}
            textAnchor={label.muted && label.text.startsWith(t('diagram.empty')) ? 'middle' : 'start'}
          >
            {label.text}
          </text>
        ))}
        {placed.map(({ item, x, y, w, h, title, detail, role }) => (
          <g
            key={item.key}
            data-key={item.key}
            className={`diagram-item kind-${item.kind}`}
            style={{ transform: `translate(${x}px, ${y}px)` }}
            onMouseEnter={() => onHover(item)}
            onMouseLeave={() => onHover(undefined)}
            onClick={() => onSelect?.(item)}
            aria-label={`${role}: ${item.title}${item.detail ? `, ${item.detail}` : ''}`}
            role="listitem"
          >
            <rect width={w} height={h} rx={7} />
            <rect width={5} height={h} rx={2} className="accent" />
            <text x={14} y={16} className="item-title">
              {title.map((line, i) => (
                <tspan key={i} x={14} dy={i === 0 ? 0 : TITLE_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <text x={14} y={16 + title.length * TITLE_LINE - 1} className="item-detail">
              {detail.map((line, i) => (
                <tspan key={i} x={14} dy={i === 0 ? 0 : DETAIL_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {item.countdown && (
              <g className="countdown" transform={`translate(14, ${h - 7})`}>
                <rect width={w - 28} height={3} rx={1.5} className="countdown-track" />
                <rect width={(w - 28) * item.countdown.elapsed} height={3} rx={1.5} className="countdown-bar" />
              </g>
            )}
          </g>
        ))}
      </svg>
      {pillStep >= (compact ? 40 : 48) && (
        <PhasePills pills={wording.pills} active={model.pill} left={pillsX} step={pillStep} compact={compact} />
      )}
    </div>
  )
}

function plural(n: number, word: string): string {
  return t('diagram.counted', { n, word })
}
