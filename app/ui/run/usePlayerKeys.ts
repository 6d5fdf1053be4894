import { useEffect } from 'react'
import type { Player } from './usePlayer.ts'

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor, [role="radiogroup"]') !== null
}

/** Keyboard shortcuts for the player: ←/→ step, Home/End, Space play/pause (not while typing). */
export function usePlayerKeys(player: Player): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return
      const actions: Record<string, () => void> = {
        ArrowRight: player.stepForward,
        ArrowLeft: player.stepBack,
        Home: player.toStart,
        End: player.toEnd,
        ' ': player.togglePlay,
      }
      const action = actions[event.key]
      if (!action || player.count === 0) return
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [player])
}
