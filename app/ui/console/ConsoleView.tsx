import { useEffect, useRef, useState } from 'react'
import type { ConsoleLine } from '../../model/consoleLines.ts'

interface Props {
  lines: readonly ConsoleLine[]
  /** Lines printed up to the current step (the rest are in the future). */
  visible: number
  dropped: number
  onSelect?(line: ConsoleLine): void
}

const ROW = 20
const OVERSCAN = 12

/**
 * Program output, as text only (never HTML), virtualized: only the rows in
 * view are in the DOM, so a million lines scroll smoothly. Lines printed
 * after the current step are hidden; the newest visible line is marked.
 */
export function ConsoleView({ lines, visible, dropped, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [scroll, setScroll] = useState({ top: 0, height: 200 })
  const stickToBottom = useRef(true)

  useEffect(() => {
    const element = ref.current
    if (!element) return
    const observer = new ResizeObserver(() => setScroll((s) => ({ ...s, height: element.clientHeight })))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const element = ref.current
    if (!element || !stickToBottom.current) return
    element.scrollTop = Math.max(0, visible * ROW - element.clientHeight)
  }, [visible])

  const first = Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN)
  const last = Math.min(visible, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN)
  const rows = []
  for (let i = first; i < last; i++) {
    const line = lines[i]!
    rows.push(
      <div
        key={i}
        className={`console-line level-${line.level}${i === visible - 1 ? ' latest' : ''}`}
        style={{ top: i * ROW }}
        onClick={() => onSelect?.(line)}
      >
        {line.text === '' ? '\u00a0' : line.text}
      </div>,
    )
  }
  return (
    <div
      ref={ref}
      className="console-scroll"
      onScroll={(e) => {
        const element = e.currentTarget
        stickToBottom.current = element.scrollTop + element.clientHeight >= visible * ROW - 4
        setScroll({ top: element.scrollTop, height: element.clientHeight })
      }}
    >
      <div role="log" aria-label="Program output" aria-live="off" className="console-log" style={{ height: Math.max(visible * ROW, 1) }}>
        {visible === 0 ? <p className="empty-state">No output yet.</p> : rows}
      </div>
      {dropped > 0 && <p className="console-dropped">… {dropped.toLocaleString()} more lines were printed and not kept.</p>}
    </div>
  )
}
