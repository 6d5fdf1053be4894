import { useEffect, useRef, useState } from 'react'
import type { DiagramColumn, DiagramItem, DiagramModel } from '../../model/diagram.ts'
import { LoopPhase } from '../../engine/trace/events.ts'

interface Props {
  model: DiagramModel
  onHover: (item: DiagramItem | undefined) => void
  onSelect?: (item: DiagramItem) => void
}

const ITEM_H = 38
const GAP = 6
const TOP = 78

interface ColumnBox {
  x: number
  w: number
  title: string
}

/** Three columns sharing the width; the stack grows up from the bottom. */
function columnsFor(width: number): { stack: ColumnBox; microtasks: ColumnBox; tasks: ColumnBox } {
  const margin = width < 560 ? 8 : 16
  const gap = width < 560 ? 12 : 24
  const w = Math.max(92, (width - margin * 2 - gap * 2) / 3)
  const short = w < 150
  return {
    stack: { x: margin, w, title: short ? 'Stack' : 'Call stack' },
    microtasks: { x: margin + w + gap, w, title: short ? 'Microtasks' : 'Microtask queue' },
    tasks: { x: margin + 2 * (w + gap), w, title: short ? 'Tasks' : 'Tasks & host' },
  }
}

interface Placed {
  item: DiagramItem
  x: number
  y: number
  w: number
  role: string
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Where every item goes: the layout is fixed columns; positions come from queue order. */
function place(
  model: DiagramModel,
  COLUMNS: ReturnType<typeof columnsFor>,
  BOTTOM: number,
): { placed: Placed[]; labels: { x: number; y: number; text: string; muted?: boolean }[] } {
  const placed: Placed[] = []
  const labels: { x: number; y: number; text: string; muted?: boolean }[] = []

  // The stack grows upward from the bottom of its column.
  model.stack.items.forEach((item, i) => {
    placed.push({
      item,
      x: COLUMNS.stack.x,
      y: BOTTOM - (i + 1) * (ITEM_H + GAP),
      w: COLUMNS.stack.w,
      role: i === model.stack.items.length - 1 ? 'top of the stack' : 'stack frame',
    })
  })
  if (model.stack.items.length === 0)
    labels.push({
      x: COLUMNS.stack.x + COLUMNS.stack.w / 2,
      y: BOTTOM - 20,
      text: COLUMNS.stack.w > 240 ? 'empty — the loop can take the next job' : 'empty',
      muted: true,
    })

  // Queues read front to back, top to bottom.
  let y = TOP
  const queue = (column: DiagramColumn, x: number, w: number, heading?: string) => {
    if (heading) {
      labels.push({ x: x + 4, y: y + 12, text: heading })
      y += 20
    }
    column.items.forEach((item, i) => {
      placed.push({ item, x, y, w, role: i === 0 ? 'next in line' : 'queued' })
      y += ITEM_H + GAP
    })
    if (column.more > 0) {
      labels.push({ x: x + 4, y: y + 10, text: `+ ${column.more} more`, muted: true })
      y += 20
    }
  }
  const hasTicks = model.ticks.items.length > 0
  if (hasTicks) {
    queue(model.ticks, COLUMNS.microtasks.x, COLUMNS.microtasks.w, 'nextTick queue (first)')
    y += 4
  }
  queue(model.microtasks, COLUMNS.microtasks.x, COLUMNS.microtasks.w, hasTicks ? 'promise jobs' : undefined)
  if (model.microtasks.items.length === 0 && model.ticks.items.length === 0)
    labels.push({ x: COLUMNS.microtasks.x + COLUMNS.microtasks.w / 2, y: TOP + 70, text: 'empty', muted: true })

  y = TOP
  queue(
    model.ready,
    COLUMNS.tasks.x,
    COLUMNS.tasks.w,
    COLUMNS.tasks.w > 230 ? 'ready to run (task queue)' : COLUMNS.tasks.w > 150 ? 'ready (task queue)' : 'ready',
  )
  if (model.ready.items.length === 0) {
    labels.push({ x: COLUMNS.tasks.x + 8, y: y + 12, text: 'nothing ready', muted: true })
    y += 22
  }
  y += 8
  queue(
    model.waiting,
    COLUMNS.tasks.x,
    COLUMNS.tasks.w,
    COLUMNS.tasks.w > 230 ? 'waiting in the host (timers, I/O)' : COLUMNS.tasks.w > 150 ? 'waiting in the host' : 'waiting',
  )
  if (model.waiting.items.length === 0) labels.push({ x: COLUMNS.tasks.x + 8, y: y + 12, text: 'nothing pending', muted: true })
  return { placed, labels }
}

const PHASES: Record<'node' | 'browser', { phase: LoopPhase; label: string }[]> = {
  node: [
    { phase: LoopPhase.Main, label: 'main' },
    { phase: LoopPhase.Timers, label: 'timers' },
    { phase: LoopPhase.Poll, label: 'poll (I/O)' },
    { phase: LoopPhase.Check, label: 'check' },
  ],
  browser: [
    { phase: LoopPhase.Main, label: 'script' },
    { phase: LoopPhase.Timers, label: 'tasks' },
    { phase: LoopPhase.Render, label: 'render' },
  ],
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
  const WIDTH = size.width
  const HEIGHT = size.height
  const COLUMNS = columnsFor(WIDTH)
  const { placed, labels } = place(model, COLUMNS, HEIGHT - 12)
  const phases = PHASES[model.host]
  const activePhase =
    model.host === 'browser' && model.phase !== LoopPhase.Main && model.phase !== LoopPhase.Render ? LoopPhase.Timers : model.phase
  const compact = WIDTH < 760
  const clockWidth = 130 + model.clock.length * 12
  const chipsX = compact ? clockWidth : Math.max(COLUMNS.microtasks.x, clockWidth)
  const chipsRoom = compact ? WIDTH - chipsX - 12 : COLUMNS.tasks.x + COLUMNS.tasks.w - chipsX - 200
  const chipStep = Math.min(112, chipsRoom / phases.length)
  const showChips = chipStep >= 48
  const description = `At ${model.clock}: ${model.stack.items.length} on the call stack, ${model.microtasks.items.length + model.microtasks.more} microtasks queued, ${model.ready.items.length + model.ready.more} tasks ready, ${model.waiting.items.length + model.waiting.more} waiting in the host.`
  return (
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
          <tspan className="clock-label">virtual time </tspan>
          {model.clock}
        </text>
        <g transform={`translate(${chipsX}, 10)`} display={showChips ? undefined : 'none'}>
          {phases.map((p, i) => (
            <g
              key={p.label}
              transform={`translate(${i * chipStep}, 0)`}
              className={`phase${p.phase === activePhase ? ' active' : ''}${compact ? ' compact' : ''}`}
            >
              <rect width={chipStep - 6} height={24} rx={12} />
              <text x={(chipStep - 6) / 2} y={16} textAnchor="middle">
                {p.label}
              </text>
            </g>
          ))}
        </g>
        {!compact && (
          <text x={COLUMNS.tasks.x + COLUMNS.tasks.w} y={26} textAnchor="end" className="counts">
            {plural(model.summary.tasksRun, 'task')} · {plural(model.summary.jobsRun, 'microtask')} run
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
          textAnchor={label.muted && label.text.startsWith('empty') ? 'middle' : 'start'}
        >
          {label.text}
        </text>
      ))}
      {placed.map(({ item, x, y, w, role }) => (
        <g
          key={item.key}
          className={`diagram-item kind-${item.kind}`}
          style={{ transform: `translate(${x}px, ${y}px)` }}
          onMouseEnter={() => onHover(item)}
          onMouseLeave={() => onHover(undefined)}
          onClick={() => onSelect?.(item)}
          aria-label={`${role}: ${item.title}${item.detail ? `, ${item.detail}` : ''}`}
          role="listitem"
        >
          <rect width={w} height={ITEM_H} rx={7} />
          <rect width={5} height={ITEM_H} rx={2} className="accent" />
          <text x={14} y={16} className="item-title">
            {truncate(item.title, Math.floor((w - 16) / 8))}
          </text>
          <text x={14} y={31} className="item-detail">
            {truncate(item.detail, Math.floor((w - 16) / 6.6))}
          </text>
        </g>
      ))}
    </svg>
  )
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
