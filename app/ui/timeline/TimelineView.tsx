import { axisTop, scaleLinear, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3'
import { useCallback, useEffect, useRef, useState } from 'react'
import { timeTickFormat } from '../../model/labels.ts'
import type { TraceSession } from '../../model/session.ts'
import {
  activityRange,
  COROUTINE_LANE,
  followRange,
  HOST_LANE,
  panRange,
  SpanKind,
  wholeRange,
  zoomRange,
  type TimelineLayout,
  type TimeRange,
} from '../../model/timeline.ts'
import { usePreference } from '../persistence/preferences.ts'
import { RowBrush } from './rowBrush.ts'
import { spanAt, spanDescription } from './spans.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  session: TraceSession
  version: number
  /** Virtual time of the current step (µs). */
  cursor: number
  /** Event the current step stands on. */
  cursorSeq: number
  /** The player sits on the newest step (a run shown to its end, or a live run): the view keeps fitting the activity. */
  atNewest: boolean
  onJump: (seq: number) => void
  dark: boolean
}

const ROW = 20
const ROW_GAP = 4
const AXIS_H = 24

/** The label column: 168 px, but never more than a quarter of the timeline's width. */
function labelWidth(total: number): number {
  return Math.round(Math.max(64, Math.min(168, total / 4)))
}

/** The zoom transform that shows `range` on a base scale of the whole run over `width` px. */
function transformFor(range: TimeRange, whole: TimeRange, width: number): ZoomTransform {
  const k = Math.max(1, (whole.end - whole.start) / Math.max(range.end - range.start, 1e-6))
  return zoomIdentity.translate((-(range.start - whole.start) * k * width) / (whole.end - whole.start), 0).scale(k)
}

/** Vertical position of a lane id (loop lanes, then host rows, then coroutines). */
export function laneRow(layout: TimelineLayout, lane: number): number {
  if (lane < HOST_LANE) return lane
  if (lane < COROUTINE_LANE) return 2 + (lane - HOST_LANE)
  return 2 + layout.hostLanes.length + (lane - COROUTINE_LANE)
}

function palette(dark: boolean): Record<number, string> {
  return dark
    ? {
        [SpanKind.Task]: '#60a5fa',
        [SpanKind.Microtask]: '#c084fc',
        [SpanKind.Idle]: '#2c3242',
        [SpanKind.Running]: '#4ade80',
        [SpanKind.Awaiting]: '#475569',
        [SpanKind.Queued]: '#c084fc',
        [SpanKind.Timer]: '#fb923c',
        [SpanKind.Io]: '#2dd4bf',
        [SpanKind.Render]: '#f472b6',
        [SpanKind.Suspended]: '#334155',
        [SpanKind.Message]: '#facc15',
      }
    : {
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
        [SpanKind.Message]: '#ca8a04',
      }
}

/** How far a span's bar is inset from its row's edges: waits are thin, host work medium, running work full. */
function spanInset(kind: number): number {
  if (kind === SpanKind.Awaiting || kind === SpanKind.Suspended || kind === SpanKind.Idle) return 6
  if (kind === SpanKind.Timer || kind === SpanKind.Io || kind === SpanKind.Message) return 4
  return 1
}

/**
 * The timeline: a lane per task source and per coroutine, spans over virtual
 * time, drawn on a canvas (fast for large traces); D3 provides the scale,
 * the axis and zoom/pan. Click anywhere to jump there; hover a span to see
 * what it was and what caused it.
 */
export function TimelineView({ session, version, cursor, cursorSeq, atNewest, onJump, dark }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const axisRef = useRef<SVGGElement>(null)
  const transformRef = useRef<ZoomTransform>(zoomIdentity)
  const [size, setSize] = useState({ width: 600, height: 200, labels: 168 })
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null)
  /** Whether the view keeps fitting the activity (until the learner zooms or pans). */
  const autoFit = useRef(true)
  const [hintSeen, setHintSeen] = usePreference('timelineHintSeen')
  const [scrollTop, setScrollTop] = useState(0)
  const [hover, setHover] = useState<{ span: number; x: number; y: number } | undefined>()
  const drawRequest = useRef<number | null>(null)
  const layout = session.timeline

  const lanes = [...layout.loopLanes, ...layout.hostLanes, ...layout.coroutineLanes]
  const contentHeight = lanes.length * (ROW + ROW_GAP) + AXIS_H + 8

  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const observer = new ResizeObserver(() => {
      const labels = labelWidth(element.clientWidth)
      setSize({ width: Math.max(120, element.clientWidth - labels), height: element.clientHeight, labels })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const baseScale = useCallback(
    () =>
      scaleLinear()
        .domain([0, wholeRange(layout).end])
        .range([0, size.width]),
    [layout, size.width],
  )

  const draw = useCallback(() => {
    drawRequest.current = null
    const canvas = canvasRef.current
    if (!canvas) return
    layout.catchUp()
    const ratio = window.devicePixelRatio || 1
    const width = size.width
    const height = size.height - AXIS_H
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      canvas.style.width = `${width}px`
      canvas.style.height = `${height}px`
    }
    const context = canvas.getContext('2d')
    if (!context) return
    context.setTransform(ratio, 0, 0, ratio, 0, 0)
    context.clearRect(0, 0, width, height)
    const x = transformRef.current.rescaleX(baseScale())
    const [t0, t1] = x.domain() as [number, number]
    const colors = palette(dark)
    const firstRow = Math.floor(scrollTop / (ROW + ROW_GAP))
    const lastRow = firstRow + Math.ceil(height / (ROW + ROW_GAP)) + 1
    context.fillStyle = dark ? 'rgba(255,255,255,0.03)' : 'rgba(15,23,42,0.03)'
    for (let row = firstRow; row <= lastRow; row += 2) context.fillRect(0, row * (ROW + ROW_GAP) - scrollTop, width, ROW + ROW_GAP)
    // The scale is linear: one multiply-add per span instead of a d3 call. Consecutive spans of one kind in a
    // row that touch on screen are drawn as one rectangle, so a frame costs about one fillRect per pixel and
    // row however many spans the trace holds (a long run has hundreds of thousands, most narrower than a pixel).
    const origin = x(0)
    const pxPerUs = x(1) - origin
    const brush = new RowBrush((kind, row, x0, x1) => {
      const inset = spanInset(kind)
      context.fillStyle = colors[kind] ?? '#888'
      context.fillRect(x0, row * (ROW + ROW_GAP) - scrollTop + inset, x1 - x0, ROW - inset * 2)
    })
    for (let k = 0; k < layout.count; k++) {
      const start = layout.start[k]!
      const end = layout.end[k]!
      if (end < t0 || start > t1) continue
      const row = laneRow(layout, layout.lane[k]!)
      if (row < firstRow || row > lastRow) continue
      const x0 = origin + start * pxPerUs
      brush.add(layout.kind[k]!, row, x0, x0 + Math.max(1.5, (end - start) * pxPerUs))
    }
    brush.flush()
    if (hover) {
      const cause = session.trace.cause[layout.seq[hover.span]!]!
      if (cause >= 0) {
        const from = spanAt.byEvent(layout, cause)
        const fx = x(session.trace.time[cause]!)
        const fy = (from >= 0 ? laneRow(layout, layout.lane[from]!) : 0) * (ROW + ROW_GAP) - scrollTop + ROW / 2
        const tx = x(layout.start[hover.span]!)
        const ty = laneRow(layout, layout.lane[hover.span]!) * (ROW + ROW_GAP) - scrollTop + ROW / 2
        context.strokeStyle = dark ? '#fbbf24' : '#b45309'
        context.lineWidth = 1.5
        context.beginPath()
        context.moveTo(fx, fy)
        context.bezierCurveTo(fx + 30, fy, tx - 30, ty, tx, ty)
        context.stroke()
        context.fillStyle = context.strokeStyle
        context.beginPath()
        context.arc(tx, ty, 3, 0, Math.PI * 2)
        context.fill()
      }
    }
    const cx = x(cursor)
    context.fillStyle = dark ? '#f8fafc' : '#0f172a'
    context.fillRect(cx - 1, 0, 2, height)
    if (axisRef.current) {
      const tickCount = Math.max(2, Math.floor(width / 110))
      const formatTick = timeTickFormat(x.ticks(tickCount))
      select(axisRef.current).call(
        axisTop(x)
          .ticks(tickCount)
          .tickFormat((value) => formatTick(Number(value))),
      )
      // The first and last labels lean inwards, so none is cut at the edges.
      select(axisRef.current)
        .selectAll<SVGTextElement, number>('.tick text')
        .attr('text-anchor', (value) => (x(value) < 28 ? 'start' : x(value) > width - 28 ? 'end' : 'middle'))
    }
  }, [layout, size, baseScale, dark, scrollTop, cursor, hover, session])

  const requestDraw = useCallback(() => {
    if (drawRequest.current === null) drawRequest.current = requestAnimationFrame(draw)
  }, [draw])

  useEffect(() => {
    requestDraw()
  }, [requestDraw, version, cursorSeq])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const behavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([1, 5e6])
      .translateExtent([
        [0, 0],
        [size.width, size.height],
      ])
      .extent([
        [0, 0],
        [size.width, size.height],
      ])
      .filter((event: Event) => event.type !== 'dblclick')
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        transformRef.current = event.transform
        if (event.sourceEvent) {
          autoFit.current = false
          setHintSeen(true)
        }
        requestDraw()
      })
    zoomRef.current = behavior
    const selection = select(canvas)
    selection.call(behavior)
    return () => {
      selection.on('.zoom', null)
    }
  }, [size, requestDraw, setHintSeen])

  /** The range of time on screen now. */
  const shownRange = useCallback((): TimeRange => {
    const [start, end] = transformRef.current.rescaleX(baseScale()).domain() as [number, number]
    return { start, end }
  }, [baseScale])

  const show = useCallback(
    (range: TimeRange) => {
      const canvas = canvasRef.current
      const behavior = zoomRef.current
      if (!canvas || !behavior) return
      behavior.transform(select(canvas), transformFor(range, wholeRange(layout), size.width))
    },
    [layout, size.width],
  )

  const fit = useCallback(() => {
    autoFit.current = true
    layout.catchUp()
    show(activityRange(layout))
  }, [layout, show])

  const act = useCallback(
    (range: TimeRange) => {
      autoFit.current = false
      setHintSeen(true)
      show(range)
    },
    [show, setHintSeen],
  )

  // A new run opens fitted to where its activity is, and keeps fitting while it grows.
  useEffect(() => {
    autoFit.current = true
  }, [session])
  useEffect(() => {
    if (!autoFit.current) return
    layout.catchUp()
    show(activityRange(layout))
  }, [layout, show, version, session])

  // The current step stays on screen while the player moves.
  useEffect(() => {
    if (atNewest) return
    layout.catchUp()
    const range = shownRange()
    const next = followRange(range, cursor, wholeRange(layout))
    if (next.start !== range.start || next.end !== range.end) show(next)
  }, [cursorSeq, cursor, atNewest, layout, shownRange, show])

  const zoomBy = (factor: number) => {
    const range = shownRange()
    act(zoomRange(range, factor, (range.start + range.end) / 2, wholeRange(layout)))
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLCanvasElement>) => {
    const range = shownRange()
    const whole = wholeRange(layout)
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(2),
      '=': () => zoomBy(2),
      '-': () => zoomBy(0.5),
      _: () => zoomBy(0.5),
      ArrowLeft: () => act(panRange(range, -0.2, whole)),
      ArrowRight: () => act(panRange(range, 0.2, whole)),
      '0': fit,
      f: fit,
      a: () => act(whole),
    }
    const action = keys[event.key]
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return
    event.preventDefault()
    action()
  }

  const locate = (event: React.MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect()
    const px = event.clientX - rect.left
    const py = event.clientY - rect.top + scrollTop
    const x = transformRef.current.rescaleX(baseScale())
    return { time: x.invert(px), row: Math.floor(py / (ROW + ROW_GAP)), px, py: event.clientY - rect.top }
  }

  const onMove = (event: React.MouseEvent<HTMLCanvasElement>) => {
    if (event.buttons !== 0) {
      // Panning: no hover tooltip (and no hit-testing) while a button is held.
      if (hover) setHover(undefined)
      return
    }
    const { time, row, px, py } = locate(event)
    const x = transformRef.current.rescaleX(baseScale())
    const tolerance = Math.abs(x.invert(4) - x.invert(0))
    const span = spanAt.byPosition(layout, row, time, tolerance, laneRow)
    setHover(span >= 0 ? { span, x: px, y: py } : undefined)
  }

  const onClick = (event: React.MouseEvent<HTMLCanvasElement>) => {
    if (event.defaultPrevented) return
    const { time } = locate(event)
    const trace = session.trace
    let lo = 0
    let hi = trace.count - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (trace.time[mid]! < time) lo = mid + 1
      else hi = mid
    }
    onJump(hover ? layout.seq[hover.span]! : lo)
  }

  return (
    <div className="timeline" ref={scrollRef} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div className="timeline-spacer" style={{ height: contentHeight }} />
      <div className="timeline-sticky">
        <div className="timeline-labels" style={{ width: size.labels }}>
          <div className="timeline-axis-gap timeline-tools" role="toolbar" aria-label={t('timelineView.zoom')}>
            <button type="button" aria-label={t('timelineView.zoomIn')} title={t('timelineView.zoomInTitle')} onClick={() => zoomBy(2)}>
              +
            </button>
            <button type="button" aria-label={t('timelineView.zoomOut')} title={t('timelineView.zoomOutTitle')} onClick={() => zoomBy(0.5)}>
              −
            </button>
            <button type="button" aria-label={t('timelineView.fitLabel')} title={t('timelineView.fitTitle')} onClick={fit}>
              {t('timelineView.fit')}
            </button>
            <button
              type="button"
              aria-label={t('timelineView.allLabel')}
              title={t('timelineView.allTitle')}
              onClick={() => act(wholeRange(layout))}
            >
              {t('timelineView.all')}
            </button>
          </div>
          <div className="timeline-label-rows" style={{ transform: `translateY(${-scrollTop}px)` }}>
            {lanes.map((lane, i) => (
              <div
                key={i}
                className={`timeline-label group-${lane.group}`}
                style={{ height: ROW, marginBottom: ROW_GAP }}
                title={lane.title}
              >
                {lane.title}
              </div>
            ))}
          </div>
        </div>
        <div className="timeline-plot">
          <svg className="timeline-axis" width={size.width} height={AXIS_H}>
            <g ref={axisRef} transform={`translate(0, ${AXIS_H - 2})`} />
          </svg>
          <canvas
            ref={canvasRef}
            className="timeline-canvas"
            onMouseMove={onMove}
            onMouseLeave={() => setHover(undefined)}
            onClick={onClick}
            onDoubleClick={fit}
            onKeyDown={onKeyDown}
            tabIndex={0}
            aria-label={t('timelineView.label')}
            aria-keyshortcuts="+ - ArrowLeft ArrowRight 0 A"
            role="img"
          />
          {!hintSeen && (
            <p className="timeline-hint" aria-hidden="true">
              {t('timelineView.hint')}
              <button type="button" tabIndex={-1} onClick={() => setHintSeen(true)} aria-label={t('timelineView.hideHint')}>
                ×
              </button>
            </p>
          )}
          {hover && (
            <div className="timeline-tooltip" style={{ left: Math.min(hover.x + 12, size.width - 260), top: hover.y + 14 }}>
              {spanDescription(session, hover.span)}
            </div>
          )}
        </div>
      </div>
    </div>
  )
}
