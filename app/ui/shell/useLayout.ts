import { useCallback, useEffect, useState } from 'react'
import { browserStorage } from '../persistence/savedWork.ts'

/** Pane proportions the learner set by dragging the splitters (saved locally). */
export interface Proportions {
  /** Width share of the lesson column (when a lesson is open). */
  lesson: number
  /** Width share of the editor column among editor + visuals. */
  editor: number
  /** Height share of the editor in its column (the console takes the rest). */
  editorRows: number
  /** Height share of the diagram in its column (the timeline takes the rest). */
  loopRows: number
}

const DEFAULTS: Proportions = { lesson: 0.3, editor: 0.42, editorRows: 0.64, loopRows: 0.56 }
const KEY = 'looplab:layout'
const LIMITS = { min: 0.15, max: 0.85 }

export function clampShare(value: number): number {
  return Math.min(LIMITS.max, Math.max(LIMITS.min, value))
}

export function useProportions(): [Proportions, (change: Partial<Proportions>) => void] {
  const [proportions, setProportions] = useState<Proportions>(() => {
    try {
      return { ...DEFAULTS, ...(JSON.parse(browserStorage()?.getItem(KEY) ?? '{}') as Partial<Proportions>) }
    } catch {
      return DEFAULTS
    }
  })
  const update = useCallback((change: Partial<Proportions>) => {
    setProportions((current) => {
      const next = { ...current, ...change }
      try {
        browserStorage()?.setItem(KEY, JSON.stringify(next))
      } catch {
        /* kept for this visit */
      }
      return next
    })
  }, [])
  return [proportions, update]
}

/** Whether the window is as narrow as a phone (the panes become tabs). */
export function useNarrow(query = '(max-width: 700px)'): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const media = window.matchMedia(query)
    const onChange = () => setNarrow(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [query])
  return narrow
}
