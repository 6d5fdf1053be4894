import { useCallback, useEffect, useState } from 'react'
import { browserStorage } from '../persistence/savedWork.ts'

export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'looplab:theme'
const QUERY = '(prefers-color-scheme: dark)'

function readChoice(): ThemeChoice {
  try {
    const stored = browserStorage()?.getItem(KEY)
    return stored === 'light' || stored === 'dark' ? stored : 'system'
  } catch {
    return 'system'
  }
}

/**
 * Light or dark: the system's setting, followed live, unless the learner
 * picked one. Applied as `data-theme` on the root element (index.html sets it
 * before the first paint, so there is no flash).
 */
export function useTheme(): { dark: boolean; choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void } {
  const [choice, setChoiceState] = useState<ThemeChoice>(readChoice)
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(QUERY).matches)
  useEffect(() => {
    const media = window.matchMedia(QUERY)
    const onChange = () => setSystemDark(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  const dark = choice === 'dark' || (choice === 'system' && systemDark)
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light'
  }, [dark])
  const setChoice = useCallback((next: ThemeChoice) => {
    setChoiceState(next)
    try {
      if (next === 'system') browserStorage()?.removeItem(KEY)
      else browserStorage()?.setItem(KEY, next)
    } catch {
      /* the choice lasts for this visit */
    }
  }, [])
  return { dark, choice, setChoice }
}
