import { useCallback, useState } from 'react'
import { browserStorage } from './savedWork.ts'

const PREFIX = 'looplab:pref:'

/** The learner's remembered choices (stored locally; storage may be unavailable, then they last for the visit). */
export interface Preferences {
  /** What Run does: play the program from step 1, or jump to its last step. */
  runMode: 'watch' | 'end'
  /** Whether the diagram shows the host's own jobs and tasks. */
  hostInternals: boolean
  /** Whether the learner has used the timeline (its zoom hint is then hidden). */
  timelineHintSeen: boolean
  /** The UI language the learner picked ('' until they pick one: then it follows the browser's languages). */
  locale: string
}

const DEFAULTS: Preferences = { runMode: 'watch', hostInternals: false, timelineHintSeen: false, locale: '' }

/** A remembered choice, read outside React (the UI language is chosen before the first render). */
export function readPreference<K extends keyof Preferences>(key: K): Preferences[K] {
  try {
    const stored = browserStorage()?.getItem(PREFIX + key)
    if (stored === null || stored === undefined) return DEFAULTS[key]
    const value: unknown = JSON.parse(stored)
    return typeof value === typeof DEFAULTS[key] ? (value as Preferences[K]) : DEFAULTS[key]
  } catch {
    return DEFAULTS[key]
  }
}

/** One remembered choice, read once and written on every change. */
export function usePreference<K extends keyof Preferences>(key: K): [Preferences[K], (value: Preferences[K]) => void] {
  const [value, setValue] = useState<Preferences[K]>(() => readPreference(key))
  const update = useCallback(
    (next: Preferences[K]) => {
      setValue(next)
      try {
        browserStorage()?.setItem(PREFIX + key, JSON.stringify(next))
      } catch {
        /* storage unavailable: the choice lasts for this visit */
      }
    },
    [key],
  )
  return [value, update]
}
