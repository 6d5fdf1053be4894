import { useRef } from 'react'
import { clampShare } from './useLayout.ts'

interface Props {
  label: string
  orientation: 'vertical' | 'horizontal'
  /** The current share (0–1) of the space before the splitter. */
  value: number
  onChange: (value: number) => void
  /** Where the splitter sits, as CSS for its container (position: absolute). */
  style: React.CSSProperties
  /** The element whose box the share is measured against. */
  container: () => HTMLElement | null
}

/** A draggable, keyboard-operable separator between panes (WAI-ARIA window splitter). */
export function Splitter({ label, orientation, value, onChange, style, container }: Props) {
  const dragging = useRef(false)
  const measure = (event: PointerEvent | React.PointerEvent) => {
    const box = container()?.getBoundingClientRect()
    if (!box) return
    const share = orientation === 'vertical' ? (event.clientX - box.left) / box.width : (event.clientY - box.top) / box.height
    onChange(clampShare(share))
  }
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value * 100)}
      aria-valuemin={15}
      aria-valuemax={85}
      tabIndex={0}
      className={`splitter ${orientation}`}
      style={style}
      onPointerDown={(event) => {
        dragging.current = true
        event.currentTarget.setPointerCapture(event.pointerId)
      }}
      onPointerMove={(event) => dragging.current && measure(event)}
      onPointerUp={() => (dragging.current = false)}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 0.1 : 0.02
        const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
        const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
        if (event.key === back) onChange(clampShare(value - step))
        else if (event.key === forward) onChange(clampShare(value + step))
        else return
        event.preventDefault()
      }}
    />
  )
}
