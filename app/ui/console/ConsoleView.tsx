import { useEffect, useRef, useState } from 'react'
import { ConsoleIndex, type ConsoleLine } from '../../model/consoleLines.ts'
import { t } from '../../i18n/index.ts'

interface Props {
  lines: readonly ConsoleLine[]
  /** Lines printed up to the current step (the rest are in the future). */
  visible: number
  onSelect?: (line: ConsoleLine) => void
}

const ROW = 20
const OVERSCAN = 12

/**
 * Program output, as text only (never HTML), virtualized: only the rows in
 * view are in the DOM, so a million lines scroll smoothly. Lines printed
 * after the current step are hidden; the newest visible line is marked.
 */
export function ConsoleView({ lines, visible, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const [scroll, setScroll] = useState({ top: 0, height: 200 })
  const stickToBottom = useRef(true)
  /** Where the view last scrolled itself; a scroll event landing there is ours, not the learner's. */
  const followedTo = useRef<number | undefined>(undefined)

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
    const top = Math.max(0, visible * ROW - element.clientHeight)
    element.scrollTop = top
    followedTo.current = element.scrollTop
  }, [visible])

  const first = Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN)
  const last = Math.min(visible, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN)
  const rows = []
  for (let i = first; i < last; i++) {
    const line = lines[i]!
    if (line.omitted !== undefined) {
      rows.push(
        <div key={i} className="console-line console-omitted" style={{ top: i * ROW }}>
          {line.text}
        </div>,
      )
      continue
    }
    rows.push(
      <div
        key={i}
        className={`console-line level-${line.level}${line.note ? ' console-note' : ''}${i === visible - 1 ? ' latest' : ''}`}
        style={{ top: i * ROW }}
        title={line.note ? line.text : undefined}
        onClick={() => onSelect?.(line)}
      >
        {line.text === '' ? '\u00a0' : ConsoleIndex.display(line.text)}
      </div>,
    )
  }
  return (
    <div
      ref={ref}
      className="console-scroll"
      onScroll={(e) => {
        const element = e.currentTarget
        const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 4
        const ours = followedTo.current !== undefined && Math.abs(element.scrollTop - followedTo.current) <= 2
        stickToBottom.current = atBottom || ours
        setScroll({ top: element.scrollTop, height: element.clientHeight })
      }}
    >
      <div
        role="log"
        aria-label={t('app.programOutput')}
        aria-live="off"
        className="console-log"
        style={{ height: Math.max(visible * ROW, 1) }}
      >
        {visible === 0 ? <p className="empty-state">{t('console.noOutput')}</p> : rows}
      </div>
    </div>
  )
}
